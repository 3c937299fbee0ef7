import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { AppLocale } from '../../../src/lib/i18n/locales';
import { renderApp, testConfig } from '../render-app';
import { renderSignedIn, startSessionCognito } from '../session/session-support';
import { expectNoUnaccentedText } from './locale-support';

// The sign-in page with everything it can show: passwordless factors and federated sign-in.
const FULL_PAGE = {
  ...testConfig,
  signInFlow: 'choice',
  passwordless: ['EMAIL_OTP', 'SMS_OTP'],
  oauth: { domain: 'auth.example.com', providers: ['Google'], scopes: ['openid'] },
};

/** Opens /sign-in (with a reason) as a browser whose stored language choice is `locale`. */
async function openSignIn(locale: AppLocale) {
  localStorage.setItem('app.locale', locale);
  const view = await renderApp('/sign-in?reason=signed-out', { config: FULL_PAGE });
  await screen.findByRole('heading', { level: 1 }, { timeout: 5000 });
  await screen.findByRole('button', { name: /google/i });
  return view;
}

describe('/sign-in in every language', () => {
  it.each([
    ['en', 'Sign in', 'Password', 'You have signed out.'],
    ['es', 'Iniciar sesión', 'Contraseña', 'Has cerrado la sesión.'],
    ['de', 'Anmelden', 'Passwort', 'Du hast dich abgemeldet.'],
  ] as const)(
    '%s: heading, labels and messages from its catalog',
    async (locale, title, password, reason) => {
      await openSignIn(locale);
      expect(document.documentElement).toHaveAttribute('lang', locale);
      expect(document.documentElement).toHaveAttribute('dir', 'ltr');
      expect(screen.getByRole('heading', { level: 1, name: title })).toBeInTheDocument();
      expect(screen.getByLabelText(password, { selector: 'input' })).toBeInTheDocument();
      expect(screen.getByText(reason).closest('[role="status"]')).not.toBeNull();
      // A missing message would have logged an error, which fails the test (console-guard).
    },
  );

  it('shows no unaccented English in the pseudo-locale, and every text longer', async () => {
    await openSignIn('en-XA');
    expect(document.documentElement).toHaveAttribute('lang', 'en-XA');
    // Data, not text: the environment's name, the provider.
    expectNoUnaccentedText([testConfig.environmentName, 'Google']);
    expect(screen.getByRole('heading', { level: 1 }).textContent).toMatch(/^\[Šîĝñ îñ .+\]$/);
  });

  it('lays the page out right to left in the RTL pseudo-locale', async () => {
    await openSignIn('ar-XB');
    expect(document.documentElement).toHaveAttribute('dir', 'rtl');
    expect(screen.getByRole('heading', { level: 1, name: 'Sign in' })).toBeInTheDocument();
  });
});

describe('choosing a language', () => {
  it('follows the browser’s preferred languages, then the config’s default', async () => {
    const languages = Object.getOwnPropertyDescriptor(Navigator.prototype, 'languages');
    Object.defineProperty(navigator, 'languages', {
      value: ['fr-FR', 'de-AT'],
      configurable: true,
    });
    try {
      await renderApp('/sign-in');
      expect(
        await screen.findByRole('heading', { level: 1, name: 'Anmelden' }, { timeout: 5000 }),
      ).toBeInTheDocument();
    } finally {
      // Back to jsdom's own (en-US, en).
      Reflect.deleteProperty(navigator, 'languages');
      if (languages) expect(navigator.languages).toEqual(['en-US', 'en']);
    }
  });

  it('switches the page from the header, signed out, and keeps the choice on this browser', async () => {
    const { user } = await renderApp('/sign-in');
    // The loading view's header first, then the page's.
    await screen.findByRole('heading', { level: 1, name: 'Sign in' }, { timeout: 5000 });
    const header = within(screen.getByRole('banner'));
    await user.selectOptions(await header.findByRole('combobox', { name: 'Language' }), 'es');

    expect(
      await screen.findByRole('heading', { level: 1, name: 'Iniciar sesión' }),
    ).toBeInTheDocument();
    expect(header.getByRole('combobox', { name: 'Idioma' })).toHaveValue('es');
    expect(document.documentElement).toHaveAttribute('lang', 'es');
    // The page's title follows its heading into the new language.
    await waitFor(() => expect(document.title).toBe('Iniciar sesión – Cognito SPA'));
    expect(localStorage.getItem('app.locale')).toBe('es');
  });

  it('saves a signed-in user’s choice to their locale attribute', async () => {
    const cognito = await startSessionCognito();
    await cognito.addUser('lena@example.com');
    const { user } = await renderSignedIn(cognito, 'lena@example.com', '/');
    await screen.findByRole('heading', { level: 1, name: 'Home' }, { timeout: 5000 });
    const header = within(screen.getByRole('banner'));
    await header.findByText('lena@example.com');

    await user.selectOptions(header.getByRole('combobox', { name: 'Language' }), 'de');
    expect(await screen.findByRole('heading', { level: 1, name: 'Start' })).toBeInTheDocument();
    await waitFor(async () => {
      const { UserAttributes } = (await cognito.emulator.call('AdminGetUser', {
        UserPoolId: cognito.poolId,
        Username: 'lena@example.com',
      })) as { UserAttributes: { Name: string; Value: string }[] };
      expect(UserAttributes).toContainEqual({ Name: 'locale', Value: 'de' });
    });
    await waitFor(() => expect(header.getByRole('combobox', { name: 'Sprache' })).toBeEnabled());
  });

  it('starts a signed-in user in the language saved on their account', async () => {
    const cognito = await startSessionCognito();
    await cognito.addUser('pablo@example.com', { locale: 'es' });
    await renderSignedIn(cognito, 'pablo@example.com', '/');
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Inicio' }, { timeout: 5000 }),
    ).toBeInTheDocument();
    expect(within(screen.getByRole('banner')).getByText(/Sesión iniciada como/)).toHaveTextContent(
      'Sesión iniciada como pablo@example.com',
    );
  });
});
