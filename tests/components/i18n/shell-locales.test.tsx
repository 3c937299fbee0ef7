/**
 * @vitest-environment-options {"url": "http://localhost:3000/shell"}
 *
 * vi.mock below can only replace modules no earlier file of the worker has loaded (isolate:
 * false); environment options of its own give this file a fresh worker, as in
 * start-up-error-page.test.tsx.
 */
import { screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ConfirmPanel } from '../../../src/components/confirm-panel';
import { LoadingView } from '../../../src/components/loading-view';
import { RetryAlert } from '../../../src/components/retry-alert';
import { VerifiedBadge } from '../../../src/components/verified-badge';
import type { AppLocale } from '../../../src/lib/i18n/locales';
import { expectConsoleError } from '../console-guard';
import { renderApp, renderWithProviders, testConfig } from '../render-app';
import { chooseLocale, expectNoUnaccentedText } from './locale-support';

// What the next start-up should throw while building the router; nothing means start normally.
const failure = vi.hoisted(() => ({ router: undefined as unknown }));

vi.mock('../../../src/app/router', async (importOriginal) => {
  const actual = await importOriginal<typeof import('../../../src/app/router')>();
  return {
    ...actual,
    createAppRouter: (...args: Parameters<typeof actual.createAppRouter>) => {
      if (failure.router !== undefined) throw failure.router;
      return actual.createAppRouter(...args);
    },
  };
});

class PageBroke extends Error {
  override name = 'PageBroke';
}

// A page whose loader fails (what a bug or an unreachable service does): the route error.
vi.mock('../../../src/app/routes/goodbye', () => ({
  default: () => null,
  clientLoader: () => () => {
    throw new PageBroke('the loader failed');
  },
}));

afterEach(() => {
  failure.router = undefined;
  Reflect.deleteProperty(navigator, 'languages');
});

/** Makes the browser prefer `languages` (jsdom's own are en-US, en); afterEach restores them. */
function preferLanguages(...languages: string[]) {
  Object.defineProperty(navigator, 'languages', { value: languages, configurable: true });
}

// A config.json with several problems, one of them inside a list and one with a value that is
// described in words ("an object").
const BROKEN_CONFIG = {
  ...testConfig,
  region: 'Mars',
  userPoolClientId: '',
  mfaTypes: ['totp'],
  signUpAttributes: {},
  tokenStorage: undefined,
};
// Data on the config error page, the same in every language: keys, values, examples, files.
const CONFIG_DATA = [
  'config.json',
  'public/config.json',
  'userPoolClientId',
  'signUpAttributes',
  'tokenStorage',
  'mfaTypes',
  'region',
  '"us-east-1"',
  '"Mars"',
  '"TOTP", "EMAIL", "SMS"',
  '"totp"',
];

describe('not found, in every language', () => {
  it.each([
    ['en', 'Page not found', 'Go to the home page'],
    ['es', 'Página no encontrada', 'Ir a la página de inicio'],
    ['de', 'Seite nicht gefunden', 'Zur Startseite'],
  ] as const)('%s', async (locale, title, link) => {
    await chooseLocale(locale);
    await renderApp('/nowhere');
    expect(
      await screen.findByRole('heading', { level: 1, name: title }, { timeout: 5000 }),
    ).toBeInTheDocument();
    expect(screen.getByRole('link', { name: link })).toHaveAttribute('href', '/');
  });

  it('en-XA: no unaccented English', async () => {
    await chooseLocale('en-XA');
    await renderApp('/nowhere');
    const heading = await screen.findByRole('heading', { level: 1 }, { timeout: 5000 });
    expect(heading.textContent).toMatch(/^\[Ƥáĝé ñöţ ƒöûñđ .+\]$/);
    expectNoUnaccentedText([testConfig.environmentName]);
  });
});

describe('a page that fails to load, in every language', () => {
  it.each([
    ['en', 'Something went wrong', /This page failed to load/],
    ['es', 'Algo salió mal', /Esta página no se pudo cargar/],
    ['de', 'Etwas ist schiefgelaufen', /Diese Seite konnte nicht geladen werden/],
    ['en-XA', /^\[Šöɱéţĥîñĝ ŵéñţ ŵŕöñĝ .+\]$/, /^\[Ţĥîš ƥáĝé ƒáîļéđ/],
  ] as const)('%s', async (locale, title, text) => {
    expectConsoleError(/^\[router\] route failed: PageBroke$/);
    await chooseLocale(locale);
    await renderApp('/goodbye');
    expect(
      await screen.findByRole('heading', { level: 1, name: title }, { timeout: 5000 }),
    ).toBeInTheDocument();
    expect(screen.getByRole('alert')).toHaveTextContent(text);
    if (locale === 'en-XA') expectNoUnaccentedText([testConfig.environmentName]);
  });
});

describe('the config error page, in every language', () => {
  const renderBroken = async (locale: AppLocale) => {
    expectConsoleError(
      /check: region, userPoolClientId, tokenStorage, signUpAttributes, mfaTypes$/,
    );
    await chooseLocale(locale);
    await renderApp('/', { config: BROKEN_CONFIG });
    await screen.findByRole('heading', { level: 1 }, { timeout: 5000 });
    return within(screen.getByRole('alert'))
      .getAllByRole('listitem')
      .map((item) => item.textContent);
  };

  it('en: every problem, worded as in the logs', async () => {
    expect(await renderBroken('en')).toEqual([
      'region must look like an AWS region such as "us-east-1" (got "Mars")',
      'userPoolClientId must not be empty',
      'tokenStorage is required',
      'signUpAttributes must be a list (got an object)',
      'mfaTypes item 1 must be one of "TOTP", "EMAIL", "SMS" (got "totp")',
    ]);
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent(
      'This app is not configured correctly',
    );
  });

  it('es: translated, the keys and values as they are', async () => {
    expect(await renderBroken('es')).toEqual([
      'region debe ser una región de AWS, como "us-east-1" (se encontró "Mars")',
      'userPoolClientId no puede estar vacío',
      'tokenStorage es obligatorio',
      'signUpAttributes debe ser una lista (se encontró un objeto)',
      'El elemento 1 de mfaTypes debe ser uno de estos valores: "TOTP", "EMAIL", "SMS" (se encontró "totp")',
    ]);
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent(
      'Esta aplicación no está bien configurada',
    );
    // The key is marked as code, whatever the sentence's order.
    const item = within(screen.getByRole('alert')).getAllByRole('listitem')[4];
    expect(item?.querySelector('code')).toHaveTextContent(/^mfaTypes$/);
  });

  it('de: translated, the keys and values as they are', async () => {
    expect(await renderBroken('de')).toEqual([
      'region muss eine AWS-Region sein, etwa "us-east-1" (gefunden: "Mars")',
      'userPoolClientId darf nicht leer sein',
      'tokenStorage ist erforderlich',
      'signUpAttributes muss eine Liste sein (gefunden: ein Objekt)',
      'Eintrag 1 von mfaTypes muss einer dieser Werte sein: "TOTP", "EMAIL", "SMS" (gefunden: "totp")',
    ]);
    expect(screen.getByRole('alert')).toHaveTextContent('config.json hat Probleme');
  });

  it('en-XA: no unaccented English', async () => {
    expect(await renderBroken('en-XA')).toHaveLength(5);
    expectNoUnaccentedText(CONFIG_DATA);
  });

  it('follows the browser’s languages, as no config says which are offered', async () => {
    expectConsoleError(/check: config\.json$/);
    preferLanguages('fr-FR', 'de-AT');
    await renderApp('/', { configResponse: () => new Response(null, { status: 404 }) });
    expect(
      await screen.findByRole(
        'heading',
        { level: 1, name: 'Diese App ist nicht richtig konfiguriert' },
        { timeout: 5000 },
      ),
    ).toBeInTheDocument();
    expect(screen.getByRole('listitem')).toHaveTextContent(
      'config.json konnte nicht von /config.json geladen werden (HTTP 404)',
    );
    expect(document.documentElement).toHaveAttribute('lang', 'de');
  });
});

describe('the start-up error page, in every language', () => {
  it.each([
    ['en', 'This app could not start', 'Reload the page', 'mention the reference TypeError'],
    [
      'es',
      'No se pudo iniciar esta aplicación',
      'Volver a cargar la página',
      'referencia TypeError',
    ],
    ['de', 'Diese App konnte nicht starten', 'Seite neu laden', 'nenne die Referenz TypeError'],
  ] as const)('%s', async (locale, title, reload, reference) => {
    expectConsoleError(/^\[app\] start-up failed: TypeError$/);
    failure.router = new TypeError('no router');
    await chooseLocale(locale);
    await renderApp('/');
    expect(
      await screen.findByRole('heading', { level: 1, name: title }, { timeout: 5000 }),
    ).toBeInTheDocument();
    expect(screen.getByRole('alert')).toHaveTextContent(reference);
    expect(screen.getByRole('button', { name: reload })).toBeInTheDocument();
  });

  it('en-XA: no unaccented English, the reference as it is', async () => {
    expectConsoleError(/^\[app\] start-up failed: TypeError$/);
    failure.router = new TypeError('no router');
    await chooseLocale('en-XA');
    await renderApp('/');
    await screen.findByRole('heading', { level: 1 }, { timeout: 5000 });
    expect(screen.getByRole('alert').querySelector('code')).toHaveTextContent(/^TypeError$/);
    expectNoUnaccentedText(['TypeError']);
  });

  it('follows the browser’s languages', async () => {
    expectConsoleError(/^\[app\] start-up failed: TypeError$/);
    failure.router = new TypeError('no router');
    preferLanguages('es-MX', 'en');
    await renderApp('/');
    expect(
      await screen.findByRole(
        'heading',
        { level: 1, name: 'No se pudo iniciar esta aplicación' },
        { timeout: 5000 },
      ),
    ).toBeInTheDocument();
  });
});

describe('the home page in the pseudo-locale', () => {
  it('has no unaccented English; the pool’s settings are data', async () => {
    await chooseLocale('en-XA');
    await renderApp('/');
    await screen.findByRole('region', { name: /^\[Çöñƒîĝûŕáţîöñ/ }, { timeout: 5000 });
    expectNoUnaccentedText([
      testConfig.environmentName,
      testConfig.region,
      testConfig.userPoolId,
      testConfig.userPoolClientId,
    ]);
  });
});

// Their default words: loading, trying again, cancelling, a failure's heading, verification.
function Defaults() {
  return (
    <>
      <LoadingView />
      <RetryAlert heading="-" message="-" onRetry={() => {}} />
      <ConfirmPanel
        question="-"
        confirmLabel="-"
        pendingLabel="-"
        isPending={false}
        error="-"
        onConfirm={() => {}}
        onCancel={() => {}}
      />
      <VerifiedBadge verified />
      <VerifiedBadge verified={false} />
    </>
  );
}

describe('shared components, in every language', () => {
  it.each([
    ['en', 'Loading…', 'Try again', 'Cancel', 'That did not work', 'Not verified'],
    ['es', 'Cargando…', 'Reintentar', 'Cancelar', 'No ha funcionado', 'Sin verificar'],
    [
      'de',
      'Wird geladen…',
      'Erneut versuchen',
      'Abbrechen',
      'Das hat nicht geklappt',
      'Nicht bestätigt',
    ],
  ] as const)('%s', async (locale, loading, retry, cancel, failed, unverified) => {
    await chooseLocale(locale);
    renderWithProviders(<Defaults />);
    expect(screen.getByRole('status')).toHaveTextContent(loading);
    expect(screen.getByRole('button', { name: retry })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: cancel })).toBeInTheDocument();
    expect(screen.getAllByRole('alert')[1]).toHaveTextContent(failed);
    expect(screen.getByText(unverified)).toBeInTheDocument();
  });

  it('en-XA: no unaccented English', async () => {
    await chooseLocale('en-XA');
    renderWithProviders(<Defaults />);
    expectNoUnaccentedText();
  });

  it.each([
    ['en', /^Loading…$/],
    ['es', /^Cargando…$/],
    ['de', /^Wird geladen…$/],
    ['en-XA', /^\[Ļöáđîñĝ… .+\]$/],
  ] as const)('%s: the loading view while a page loads', async (locale, loading) => {
    await chooseLocale(locale);
    await renderApp('/');
    // The first frame: the header and the loading view, until the page's code arrives.
    expect(screen.getByRole('status')).toHaveTextContent(loading);
    expect(screen.queryByRole('heading', { level: 1 })).not.toBeInTheDocument();
    if (locale === 'en-XA') expectNoUnaccentedText();
    await screen.findByRole('heading', { level: 1 }, { timeout: 5000 });
  });
});
