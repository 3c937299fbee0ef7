import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { HttpResponse, http } from 'msw';
import type { Root } from 'react-dom/client';
import { afterEach, describe, expect, it } from 'vitest';
import { server } from '../../../tests/components/msw-server';
import { testConfig } from '../../../tests/components/render-app';
import { activateLocale } from '../../lib/i18n/i18n';
import { mountApp } from '../mount-app';
import { LIFTED_STYLE_ATTRIBUTE } from './lift-style-attributes';
import { PRERENDERED_PAGES } from './pages';
import { renderPages } from './render-pages';
import type { ViteManifest } from './route-assets';

// The build's manifest as far as the pages need it: the entry, boot.ts and each route.
const MANIFEST: ViteManifest = {
  'index.html': { file: 'assets/index-1.js', isEntry: true, imports: ['_app-2.js'] },
  '_app-2.js': { file: 'assets/app-2.js', css: ['assets/app-2.css'] },
  'src/app/prerender/boot.ts': { file: 'assets/boot-3.js', isEntry: true },
  '_form-4.js': { file: 'assets/form-4.js', css: ['assets/form-4.css'], imports: ['_app-2.js'] },
  'src/app/prerender/hydrate-prerendered.tsx': {
    file: 'assets/hydrate-6.js',
    isDynamicEntry: true,
    imports: ['_app-2.js'],
  },
  ...Object.fromEntries(
    PRERENDERED_PAGES.map((page) => [
      page.route,
      { file: `assets/${page.name}-5.js`, imports: ['_app-2.js', '_form-4.js'] },
    ]),
  ),
};
const TEMPLATE = `<!doctype html><html lang="en"><head><title>Cognito SPA</title>
<script type="module" crossorigin src="/assets/index-1.js"></script>
<link rel="modulepreload" crossorigin href="/assets/app-2.js"></head>
<body><div id="root"><p>Loading…</p></div></body></html>`;
const CHOICE = { ...testConfig, signInFlow: 'choice', passwordless: ['EMAIL_OTP', 'WEB_AUTHN'] };

let root: Root | undefined;
afterEach(() => {
  root?.unmount();
  root = undefined;
  document.documentElement.removeAttribute('data-prerendered');
  document.documentElement.removeAttribute('data-config');
  document.documentElement.removeAttribute('data-app');
  document.documentElement.removeAttribute('data-locales');
  localStorage.removeItem('app.locale');
  // The tests below start in the default language; one may leave the app in another.
  return activateLocale('en');
});

/** Loads `html` as the document jsdom shows, then starts the app in it as main.tsx does. */
async function openPrerendered(
  html: string,
  url: string,
  beforeApp: (root: HTMLElement) => void = () => undefined,
) {
  const parsed = new DOMParser().parseFromString(html, 'text/html');
  for (const [name, value] of Object.entries(parsed.documentElement.dataset)) {
    if (value !== undefined) document.documentElement.dataset[name] = value;
  }
  document.documentElement.lang = parsed.documentElement.lang;
  document.body.innerHTML = parsed.body.innerHTML;
  window.history.pushState(null, '', url);
  const container = document.getElementById('root') as HTMLElement;
  const heading = container.querySelector('h1');
  beforeApp(container);
  root = await mountApp(container);
  return { container, heading };
}

const pageFor = async (config: object, name: string) => {
  const objects = await renderPages({ config, template: TEMPLATE, manifest: MANIFEST });
  const page = objects.find((object) => object.key === `_pages/${name}.html`);
  if (!page) throw new Error(`no ${name} page`);
  return { html: page.body, objects };
};

describe('pre-rendered pages', () => {
  it('renders every public page for the config, with what it needs linked', async () => {
    const { objects } = await pageFor(CHOICE, 'sign-in');
    expect(objects.map((object) => object.key)).toEqual([
      expect.stringMatching(/^assets\/prerendered-[0-9a-f]{12}\.css$/),
      ...PRERENDERED_PAGES.map((page) => `_pages/${page.name}.html`),
    ]);
    const signIn = new DOMParser().parseFromString(objects[2]?.body ?? '', 'text/html');
    expect(signIn.documentElement.dataset.prerendered).toBe('/sign-in');
    expect(signIn.querySelector('h1')?.textContent).toBe('Sign in');
    // Named after its heading from the first byte, as the app names it once it runs.
    expect(signIn.title).toBe('Sign in – Cognito SPA');
    expect(signIn.querySelector('script[src="/assets/boot-3.js"]:not([type])')).not.toBeNull();
    const links = [...signIn.querySelectorAll('link')].map((link) => link.getAttribute('href'));
    // No script of the app loads until boot.ts starts them, once the page is painted.
    expect(signIn.querySelector('script[type="module"], link[rel="modulepreload"]')).toBeNull();
    expect(signIn.querySelector<HTMLMetaElement>('meta[name="app-scripts"]')?.content).toBe(
      '/assets/index-1.js /assets/app-2.js /assets/sign-in-5.js /assets/form-4.js /assets/hydrate-6.js',
    );
    expect(links).toEqual([`/${objects[0]?.key}`, '/assets/form-4.css']);
    // No inline styles (the CSP refuses them): the stylesheet carries them.
    expect(signIn.querySelector('[style]')).toBeNull();
    expect(signIn.querySelectorAll(`[${LIFTED_STYLE_ATTRIBUTE}]`).length).toBeGreaterThan(3);
    expect(objects[0]?.body).toContain(
      '[data-ssr-style="flex-direction:column"]{flex-direction:column !important}',
    );
    // Passkeys are offered in the HTML; boot.ts hides them where they cannot work.
    expect(signIn.querySelector('.passkey-option')?.textContent).toBe('Sign in with a passkey');
  });

  it('refuses a config the app would refuse', async () => {
    await expect(
      renderPages({ config: { region: 'x' }, template: TEMPLATE, manifest: MANIFEST }),
    ).rejects.toThrow(/invalid config\.json: .*region/);
  });

  it('hydrates the sign-in page without a mismatch, and the form works', async () => {
    server.use(http.get('*/config.json', () => HttpResponse.json(CHOICE)));
    const { html } = await pageFor(CHOICE, 'sign-in');
    const { container, heading } = await openPrerendered(html, '/sign-in');
    // jsdom has no passkeys: after hydration the offer goes, the rest stays the same nodes.
    await waitFor(() =>
      expect(screen.queryByRole('button', { name: 'Sign in with a passkey' })).toBeNull(),
    );
    expect(container.querySelector('h1')).toBe(heading);
    expect(container.querySelector(`[${LIFTED_STYLE_ATTRIBUTE}]`)).toBeNull();
    expect(container.querySelector('form')?.style.flexDirection).toBe('column');
    await waitFor(() => expect(document.documentElement.dataset.app).toBe('running'));
    await userEvent.click(screen.getByRole('button', { name: 'Sign in' }));
    expect(await screen.findByText('Enter your email.')).toBeInTheDocument();
  });

  it('keeps what was typed before the app took over', async () => {
    server.use(http.get('*/config.json', () => HttpResponse.json(testConfig)));
    const { html } = await pageFor(testConfig, 'sign-in');
    // Typed into the HTML before any script ran: the value property, not the attribute.
    const { container } = await openPrerendered(html, '/sign-in', (root) => {
      const field = root.querySelector<HTMLInputElement>('input[name="username"]');
      if (field) field.value = 'early@example.com';
    });
    const field = container.querySelector<HTMLInputElement>('input[name="username"]');
    expect(field?.value).toBe('early@example.com');
    // In a browser boot.ts holds the press until the app runs; here the test waits for it.
    await waitFor(() => expect(document.documentElement.dataset.app).toBe('running'));
    await userEvent.click(screen.getByRole('button', { name: 'Sign in' }));
    // The email counts: the form only misses the password.
    expect(await screen.findByText('Enter your password.')).toBeInTheDocument();
    expect(screen.queryByText('Enter your email.')).toBeNull();
  });

  it('renders afresh over HTML made for another config', async () => {
    server.use(http.get('*/config.json', () => HttpResponse.json(testConfig)));
    const { html } = await pageFor({ ...testConfig, environmentName: 'older' }, 'sign-in');
    const { container, heading } = await openPrerendered(html, '/sign-in');
    await screen.findByRole('heading', { level: 1, name: 'Sign in' });
    expect(container.querySelector('h1')).not.toBe(heading);
    expect(screen.getByText('test')).toBeInTheDocument();
  });

  it('renders afresh when the URL has a search param the HTML could not know', async () => {
    server.use(http.get('*/config.json', () => HttpResponse.json(testConfig)));
    const { html } = await pageFor(testConfig, 'sign-in');
    const { container, heading } = await openPrerendered(html, '/sign-in?reason=signed-out');
    expect(await screen.findByText('You have signed out.')).toBeInTheDocument();
    expect(container.querySelector('h1')).not.toBe(heading);
  });

  it('renders the default language, and renders afresh for a browser that chose another', async () => {
    const german = { ...testConfig, locales: ['de', 'en'], defaultLocale: 'de' };
    server.use(http.get('*/config.json', () => HttpResponse.json(german)));
    const { html } = await pageFor(german, 'sign-in');
    const parsed = new DOMParser().parseFromString(html, 'text/html').documentElement;
    expect([parsed.lang, parsed.dir, parsed.dataset.locales]).toEqual(['de', 'ltr', 'de en']);
    expect(parsed.querySelector('h1')?.textContent).toBe('Anmelden');
    expect(parsed.querySelector('title')?.textContent).toBe('Anmelden – Cognito SPA');
    await activateLocale('en');

    localStorage.setItem('app.locale', 'en');
    const { container, heading } = await openPrerendered(html, '/sign-in');
    await screen.findByRole('heading', { level: 1, name: 'Sign in' });
    expect(container.querySelector('h1')).not.toBe(heading);
    expect(document.documentElement.lang).toBe('en');
    await waitFor(() => expect(document.title).toBe('Sign in – Cognito SPA'));
  });
});
