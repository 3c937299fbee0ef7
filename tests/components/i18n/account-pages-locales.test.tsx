import { configure, screen, waitFor, within } from '@testing-library/react';
import { HttpResponse, http } from 'msw';
import { describe, expect, it } from 'vitest';
import { fullDate } from '../../../src/features/account/devices/utils/describe-device';
import type { AppLocale } from '../../../src/lib/i18n/locales';
import { attributesOf, EMAIL } from '../account/details/support';
import { addOtherDevice, devicesPool, FIREFOX_ON_WINDOWS } from '../account/devices/support';
import { expectConsoleError } from '../console-guard';
import { server } from '../msw-server';
import { renderApp, testConfig } from '../render-app';
import { cognitoError, overrideCognito } from '../support/override-cognito';
import { signInAs } from '../support/sign-in-as';
import { startTestCognito } from '../support/test-cognito';
import { chooseLocale, expectNoUnaccentedText } from './locale-support';

// Each test signs in and boots the whole app; on a busy machine that takes a while.
configure({ asyncUtilTimeout: 5000 });

const IP = '192.0.2.7';
// Names, not words: the environment's name, a custom attribute's label (made from its name),
// browsers and systems.
const DATA = [testConfig.environmentName, EMAIL, 'Team name', 'Firefox', 'Windows', 'Linux', IP];

const region = (name: string) => within(screen.getByRole('region', { name }));

/** Dana, signed in, on `url` in `locale`; her email may be unverified, for the banner. */
async function openSignedIn(
  locale: AppLocale,
  url: string,
  { unverified = false, overrides = {} as Record<string, unknown>, devices = false } = {},
) {
  const cognito = devices ? await devicesPool() : await startTestCognito();
  if (!devices) await cognito.addUser(EMAIL, unverified ? { email_verified: 'false' } : {});
  if (devices) await addOtherDevice(cognito, { name: FIREFOX_ON_WINDOWS, sourceIp: IP });
  const config = await signInAs(cognito, EMAIL, overrides);
  await chooseLocale(locale);
  const view = await renderApp(url, { config });
  await screen.findByRole('heading', { level: 1 }, { timeout: 8000 });
  return { ...view, cognito, config };
}

const DETAILS = { editableAttributes: ['phone_number', 'custom:team_name'] };

describe('personal details in every language', () => {
  it.each([
    ['en', 'Personal details', 'About you', 'Email address', 'Add a phone number'],
    ['es', 'Datos personales', 'Sobre ti', 'Correo electrónico', 'Añadir un número de teléfono'],
    ['de', 'Persönliche Daten', 'Über dich', 'E-Mail-Adresse', 'Telefonnummer hinzufügen'],
  ] as const)(
    '%s: headings and buttons from its catalog',
    async (locale, title, about, email, add) => {
      await openSignedIn(locale, '/account/details', { overrides: DETAILS });
      expect(screen.getByRole('heading', { level: 1, name: title })).toBeInTheDocument();
      expect(await screen.findByRole('region', { name: about })).toBeInTheDocument();
      expect(screen.getByRole('region', { name: email })).toBeInTheDocument();
      expect(screen.getByRole('button', { name: add })).toBeInTheDocument();
    },
  );

  it('shows no unaccented English in the pseudo-locale, checks and errors included', async () => {
    expectConsoleError(/update-user-attributes failed: InternalErrorException/);
    const { user } = await openSignedIn('en-XA', '/account/details', { overrides: DETAILS });
    const about = await screen.findByRole('region', { name: /^\[Åƀöûţ ýöû/ });
    const team = within(about).getByRole('textbox', { name: /Team name/ });

    // A check of the page's own, at the field.
    await user.click(team);
    await user.paste('x'.repeat(2049));
    await user.click(within(about).getByRole('button'));
    await waitFor(() => expect(team).toHaveFocus());
    // Cognito's refusal, described.
    await user.clear(team);
    await user.type(team, 'Blue');
    overrideCognito('UpdateUserAttributes', () => cognitoError('InternalErrorException'));
    await user.click(within(about).getByRole('button'));
    await within(about).findByRole('alert');
    // The change-email form's own check.
    await user.click(screen.getAllByRole('button', { name: /^\[Çĥáñĝé/ })[0] as HTMLElement);
    await user.click(await screen.findByRole('button', { name: /^\[Šéñđ çöđé/ }));
    await waitFor(() =>
      expect(screen.getByRole('textbox', { name: /^\[Ñéŵ/ })).toHaveAccessibleDescription(
        /Éñţéŕ ýöûŕ ñéŵ/,
      ),
    );

    expectNoUnaccentedText([...DATA, 'x'.repeat(2049), 'Blue']);
  });
});

describe('the language switcher in personal details', () => {
  it('switches the app and saves the choice to the locale attribute', async () => {
    const { user, cognito } = await openSignedIn('en', '/account/details');
    const language = await screen.findByRole('region', { name: 'Language' });

    await user.selectOptions(within(language).getByRole('combobox', { name: 'Language' }), 'de');

    expect(
      await screen.findByRole('heading', { level: 1, name: 'Persönliche Daten' }),
    ).toBeInTheDocument();
    expect(document.documentElement).toHaveAttribute('lang', 'de');
    await waitFor(async () => expect((await attributesOf(cognito)).locale).toBe('de'));
    const switcher = region('Sprache').getByRole('combobox', { name: 'Sprache' });
    await waitFor(() => expect(switcher).toBeEnabled());
    expect(switcher).toHaveValue('de');
    // The header's menu says the same: one choice, wherever it was made.
    expect(
      within(screen.getByRole('banner')).getByRole('combobox', { name: 'Sprache' }),
    ).toHaveValue('de');
    await waitFor(() =>
      expect(
        within(screen.getByRole('main'))
          .getAllByRole('status')
          .find((element) => element.getAttribute('aria-atomic') === 'true'),
      ).toHaveTextContent('Deine Sprache ist gespeichert: Deutsch.'),
    );
  });

  it('keeps the choice on this device and says so when it cannot be saved', async () => {
    expectConsoleError(/saving the locale attribute failed: InternalErrorException/);
    const { user, cognito } = await openSignedIn('en', '/account/details');
    overrideCognito('UpdateUserAttributes', () => cognitoError('InternalErrorException'));
    const language = await screen.findByRole('region', { name: 'Language' });

    await user.selectOptions(within(language).getByRole('combobox', { name: 'Language' }), 'es');

    expect(await region('Idioma').findByText(/^No se pudo guardar el idioma/)).toBeVisible();
    expect(screen.getByRole('heading', { level: 1, name: 'Datos personales' })).toBeInTheDocument();
    expect(localStorage.getItem('app.locale')).toBe('es');
    expect((await attributesOf(cognito)).locale).toBeUndefined();
  });
});

describe('devices in every language', () => {
  it.each([
    ['en', 'Devices', 'Your devices', 'Firefox on Windows', 'Last used'],
    ['es', 'Dispositivos', 'Tus dispositivos', 'Firefox en Windows', 'Último uso'],
    ['de', 'Geräte', 'Deine Geräte', 'Firefox auf Windows', 'Zuletzt genutzt'],
  ] as const)(
    '%s: the list, names and dates in the language',
    async (locale, title, list, name, lastUsed) => {
      await openSignedIn(locale, '/account/devices', {
        devices: true,
        overrides: { rememberDevices: 'opt-in' },
      });
      expect(screen.getByRole('heading', { level: 1, name: title })).toBeInTheDocument();
      const devices = within(await screen.findByRole('region', { name: list }));
      expect(await devices.findByText(name)).toBeInTheDocument();
      expect(devices.getAllByText(new RegExp(lastUsed)).length).toBeGreaterThan(0);
      // "Last used" carries the date written in the language, through Intl.
      const time = document.querySelector('time');
      const inLanguage = new Intl.DateTimeFormat(locale, {
        dateStyle: 'medium',
        timeStyle: 'short',
      });
      expect(time?.textContent).toContain(
        inLanguage.format(new Date(time?.getAttribute('datetime') ?? '')),
      );
    },
  );

  it('shows no unaccented English in the pseudo-locale, a failed read included', async () => {
    expectConsoleError(/devices failed: InternalErrorException/);
    const cognito = await devicesPool();
    await addOtherDevice(cognito, { name: FIREFOX_ON_WINDOWS, sourceIp: IP });
    let refuse = true;
    overrideCognito('ListDevices', () =>
      refuse ? cognitoError('InternalErrorException') : undefined,
    );
    const config = await signInAs(cognito, EMAIL, { rememberDevices: 'opt-in' });
    await chooseLocale('en-XA');
    const { user } = await renderApp('/account/devices', { config });
    const alert = await screen.findByRole('alert', {}, { timeout: 8000 });
    expectNoUnaccentedText(DATA);

    refuse = false;
    await user.click(within(alert).getByRole('button'));
    await user.click(await screen.findByRole('button', { name: /Firefox/ }));
    await screen.findByRole('group');
    const dates = [...document.querySelectorAll('time')].map((time) =>
      fullDate(time.getAttribute('datetime') ?? ''),
    );
    expectNoUnaccentedText([...DATA, ...dates]);
  });
});

describe('your data in every language', () => {
  it.each([
    ['en', 'Your data', 'Download your data', 'Delete your account', 'Verify your email address'],
    [
      'es',
      'Tus datos',
      'Descargar tus datos',
      'Eliminar tu cuenta',
      'Verifica tu correo electrónico',
    ],
    [
      'de',
      'Deine Daten',
      'Deine Daten herunterladen',
      'Dein Konto löschen',
      'Bestätige deine E-Mail-Adresse',
    ],
  ] as const)(
    '%s: both sections, and the verify banner',
    async (locale, title, download, remove, verify) => {
      await openSignedIn(locale, '/account/data', { unverified: true });
      expect(screen.getByRole('heading', { level: 1, name: title })).toBeInTheDocument();
      expect(screen.getByRole('region', { name: download })).toBeInTheDocument();
      expect(screen.getByRole('region', { name: remove })).toBeInTheDocument();
      expect(await screen.findByRole('region', { name: verify })).toBeInTheDocument();
    },
  );

  it('shows no unaccented English in the pseudo-locale, errors included', async () => {
    expectConsoleError(/download-your-data failed: ApiError/);
    expectConsoleError(/send-attribute-code failed: LimitExceededException/);
    const { user, config } = await openSignedIn('en-XA', '/account/data', { unverified: true });
    server.use(
      http.get(`${config.apiUrl}/api/me/export`, () =>
        HttpResponse.json({ error: 'server_error' }, { status: 500 }),
      ),
    );
    overrideCognito('GetUserAttributeVerificationCode', () =>
      cognitoError('LimitExceededException', 'Attempt limit exceeded, please try after some time.'),
    );
    const banner = within(await screen.findByRole('region', { name: /^\[Ṽéŕîƒý/ }));

    await user.click(screen.getByRole('button', { name: /^\[Đöŵñļöáđ/ }));
    await screen.findByText(/^\[Ýöûŕ đáţá ŵáš ñöţ/);
    await user.click(screen.getByRole('button', { name: /^\[Đéļéţé ɱý áççöûñţ/ }));
    await screen.findByText(/^\[Ţýƥé .+ ţö çöñƒîŕɱ ţĥáţ/);
    await user.click(banner.getByRole('button', { name: /^\[Šéñđ çöđé/ }));
    await banner.findByRole('alert');

    expectNoUnaccentedText(DATA);
  });

  it('shows the code form of the verify banner in the pseudo-locale', async () => {
    const { user } = await openSignedIn('en-XA', '/account/data', { unverified: true });
    const banner = within(await screen.findByRole('region', { name: /^\[Ṽéŕîƒý/ }));
    await user.click(banner.getByRole('button', { name: /^\[Šéñđ çöđé/ }));
    await banner.findByRole('textbox');
    expectNoUnaccentedText(DATA);
  });
});

describe('goodbye in every language', () => {
  it.each([
    ['en', 'Your account has been deleted', 'Create a new account'],
    ['es', 'Tu cuenta se ha eliminado', 'Crear una cuenta nueva'],
    ['de', 'Dein Konto wurde gelöscht', 'Neues Konto erstellen'],
  ] as const)('%s: opens cold in the language', async (locale, title, signUp) => {
    await startTestCognito();
    await chooseLocale(locale);
    await renderApp('/goodbye');
    expect(
      await screen.findByRole('heading', { level: 1, name: title }, { timeout: 8000 }),
    ).toBeInTheDocument();
    expect(screen.getByRole('link', { name: signUp })).toHaveAttribute('href', '/sign-up');
  });

  it('shows no unaccented English in the pseudo-locale', async () => {
    await startTestCognito();
    await chooseLocale('en-XA');
    await renderApp('/goodbye');
    await screen.findByRole('heading', { level: 1 }, { timeout: 8000 });
    expectNoUnaccentedText([testConfig.environmentName]);
  });
});
