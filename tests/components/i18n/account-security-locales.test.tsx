import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { AppLocale } from '../../../src/lib/i18n/locales';
import { SoftAuthenticator } from '../../emulator/support/soft-authenticator';
import { allowEveryMfa } from '../account/security/support';
import { EMAIL, PAGE, WITH_PASSKEYS } from '../account/support';
import { expectConsoleError } from '../console-guard';
import { renderApp, testConfig } from '../render-app';
import { registerPasskey } from '../sign-in/support';
import { signInAs } from '../support/sign-in-as';
import { startTestCognito, TEST_PASSWORD, type TestCognito } from '../support/test-cognito';
import { chooseLocale, expectNoUnaccentedText } from './locale-support';

const PHONE = '+14155550123';
// Everything the page can show: every two-step kind, and passkeys.
const FULL_PAGE = { ...WITH_PASSKEYS, mfaTypes: ['TOTP', 'EMAIL', 'SMS'] } as const;

/** Optional MFA of every kind, passkeys on jsdom's origin, one user with a verified phone. */
async function fullPool(): Promise<TestCognito> {
  const cognito = await startTestCognito({
    Policies: { SignInPolicy: { AllowedFirstAuthFactors: ['PASSWORD', 'WEB_AUTHN'] } },
  });
  await allowEveryMfa(cognito, {
    WebAuthnConfiguration: { RelyingPartyId: 'localhost', UserVerification: 'preferred' },
  });
  await cognito.addUser(EMAIL, { phone_number: PHONE, phone_number_verified: 'true' });
  return cognito;
}

/**
 * Adds a passkey, signs in, then (so sign-in asks for no code) turns on email and text message
 * codes, and opens the security page as a browser whose chosen language is `locale`.
 */
async function openFullPage(locale: AppLocale, title: string | RegExp) {
  const cognito = await fullPool();
  // Before the codes are on: it signs in for an access token of its own.
  await registerPasskey(cognito, EMAIL, new SoftAuthenticator());
  const config = await signInAs(cognito, EMAIL, FULL_PAGE);
  await cognito.emulator.call('AdminSetUserMFAPreference', {
    UserPoolId: cognito.poolId,
    Username: EMAIL,
    EmailMfaSettings: { Enabled: true, PreferredMfa: true },
    SMSMfaSettings: { Enabled: true },
  });
  await chooseLocale(locale);
  const view = await renderApp(PAGE, { config });
  await screen.findByRole('heading', { level: 1, name: title }, { timeout: 5000 });
  // The sections that read Cognito: settings, passkeys, the phone number.
  await screen.findAllByRole('radio', {}, { timeout: 5000 });
  await screen.findAllByRole('listitem', {}, { timeout: 5000 });
  return view;
}

/** Types a wrong current password and a valid new one, and submits. */
async function changeWithWrongPassword(user: Awaited<ReturnType<typeof openFullPage>>['user']) {
  const form = within(screen.getByRole('form'));
  const [current, next, confirm] = form.getAllByLabelText(/./, {
    selector: 'input[type="password"]',
  });
  if (!current || !next || !confirm) throw new Error('expected three password fields');
  await user.type(current, `${TEST_PASSWORD}-wrong`);
  await user.type(next, 'New-passw0rd!');
  await user.type(confirm, 'New-passw0rd!');
  await user.click(form.getAllByRole('button').at(-1) as HTMLElement);
  await waitFor(() => expect(current).toBeInvalid());
  return current;
}

describe('/account/security in every language', () => {
  it.each([
    [
      'en',
      'Account security',
      'Security',
      'Two-step verification',
      'Current password',
      'Your current password is not right.',
    ],
    [
      'es',
      'Seguridad de la cuenta',
      'Seguridad',
      'Verificación en dos pasos',
      'Contraseña actual',
      'Tu contraseña actual no es correcta.',
    ],
    [
      'de',
      'Kontosicherheit',
      'Sicherheit',
      'Bestätigung in zwei Schritten',
      'Aktuelles Passwort',
      'Dein aktuelles Passwort stimmt nicht.',
    ],
  ] as const)(
    '%s: headings, labels, settings and a Cognito error from its catalogs',
    async (locale, title, nav, twoStep, current, wrong) => {
      expectConsoleError(/\[account\] change-password failed: NotAuthorizedException/);
      const { user } = await openFullPage(locale, title);
      expect(document.documentElement).toHaveAttribute('lang', locale);
      const accountNav = screen.getAllByRole('navigation').at(-1) as HTMLElement;
      expect(within(accountNav).getByRole('link', { name: nav })).toHaveAttribute(
        'aria-current',
        'page',
      );
      expect(screen.getByRole('region', { name: twoStep })).toBeInTheDocument();
      expect(screen.getByLabelText(current, { selector: 'input' })).toBeInTheDocument();

      const field = await changeWithWrongPassword(user);
      expect(field).toHaveAccessibleName(current);
      expect(field).toHaveAccessibleDescription(wrong);
      // A missing message would have logged an error, which fails the test (console-guard).
    },
  );

  it('shows no unaccented English in the pseudo-locale, with confirmations and an error open', async () => {
    expectConsoleError(/\[account\] change-password failed: NotAuthorizedException/);
    const { user } = await openFullPage('en-XA', /^\[Åççöûñţ šéçûŕîţý .+\]$/);
    const current = await changeWithWrongPassword(user);
    // Cognito's error, described in account-error.ts (a .ts file), goes through its catalog too.
    expect(current).toHaveAccessibleDescription(/^\[Ýöûŕ çûŕŕéñţ ƥáššŵöŕđ îš ñöţ ŕîĝĥţ\. .+\]$/);

    // The confirmations: turning off a kind, and signing out everywhere.
    const sessions = screen.getAllByRole('region').at(-1) as HTMLElement;
    await user.click(within(sessions).getByRole('button'));
    await within(sessions).findByRole('group');
    const sms = screen
      .getAllByRole('region')
      .findLast((region) => within(region).queryByText(PHONE, { exact: false })) as HTMLElement;
    await user.click(within(sms).getAllByRole('button')[0] as HTMLElement);
    const turnOff = await within(sms).findByRole('group');
    // Email codes stay on: the confirmation says sign-in will ask for them instead.
    expect(turnOff).toHaveTextContent(/\[Šîĝñîñĝ îñ ŵîļļ ášķ ƒöŕ á çöđé ƀý éɱáîļ îñšţéáđ\./);

    // Setting up the authenticator app: its key, then the form for the app's first code.
    const totp = screen.getByRole('region', { name: /^\[Åûţĥéñţîçáţöŕ áƥƥ .+\]$/ });
    await user.click(within(totp).getByRole('button'));
    await within(totp).findByRole('heading', { level: 4 }, { timeout: 5000 });
    await within(totp).findByRole('textbox', {}, { timeout: 5000 });
    const key = document.querySelector('.totp-secret code')?.textContent ?? '';

    const dates = [...document.querySelectorAll('time')].map((time) => time.textContent ?? '');
    // Data, not text: the environment, the user's email and phone, the passkey's name, the
    // authenticator key, dates.
    expectNoUnaccentedText([testConfig.environmentName, EMAIL, PHONE, 'Passkey', key, ...dates]);
  });
});
