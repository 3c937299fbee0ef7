import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { saveCodeSent } from '../../../src/features/auth/flow/code-sent-store';
import type { AppLocale } from '../../../src/lib/i18n/locales';
import { expectConsoleError } from '../console-guard';
import { renderApp, testConfig } from '../render-app';
import { fill } from '../sign-up/support';
import { startTestCognito, type TestCognito } from '../support/test-cognito';
// Not a React hook, whatever its name says: it stores and activates the language.
import { chooseLocale, expectNoUnaccentedText } from './locale-support';

const EMAIL = 'rosa@example.com';
const NEW_PASSWORD = 'N3w-passw0rd!';

// Each language's words for what the tests touch; the pseudo-locale checks the rest.
const WORDS = {
  en: {
    forgotTitle: 'Reset your password',
    email: 'Email',
    send: 'Send reset code',
    disabled: 'This account is disabled. Contact your administrator.',
    resetTitle: 'Choose a new password',
    code: 'Reset code',
    newPassword: 'New password',
    confirm: 'Confirm new password',
    submit: 'Set new password',
    wrongCode: 'That code is not right. Check it and try again.',
  },
  es: {
    forgotTitle: 'Restablece tu contraseña',
    email: 'Correo electrónico',
    send: 'Enviar código de restablecimiento',
    disabled: 'Esta cuenta está desactivada. Contacta con tu administrador.',
    resetTitle: 'Elige una contraseña nueva',
    code: 'Código de restablecimiento',
    newPassword: 'Nueva contraseña',
    confirm: 'Confirma la nueva contraseña',
    submit: 'Guardar contraseña nueva',
    wrongCode: 'Ese código no es correcto. Revísalo y vuelve a intentarlo.',
  },
  de: {
    forgotTitle: 'Passwort zurücksetzen',
    email: 'E-Mail-Adresse',
    send: 'Code zum Zurücksetzen senden',
    disabled: 'Dieses Konto ist deaktiviert. Wende dich an deinen Administrator.',
    resetTitle: 'Neues Passwort wählen',
    code: 'Code zum Zurücksetzen',
    newPassword: 'Neues Passwort',
    confirm: 'Neues Passwort bestätigen',
    submit: 'Neues Passwort speichern',
    wrongCode: 'Dieser Code stimmt nicht. Prüfe ihn und versuche es erneut.',
  },
} as const;

async function openPage(locale: AppLocale, cognito: TestCognito, url: string) {
  await chooseLocale(locale);
  const view = await renderApp(url, { config: { ...testConfig, ...cognito.config } });
  await screen.findByRole('heading', { level: 1 }, { timeout: 5000 });
  return view;
}

const heading = () => screen.getByRole('heading', { level: 1 });

/** A disabled account: asking for a reset code fails with NotAuthorizedException. */
async function disabledUser(cognito: TestCognito) {
  await cognito.addUser(EMAIL);
  await cognito.emulator.call('AdminDisableUser', { UserPoolId: cognito.poolId, Username: EMAIL });
}

/** A user who asked for a reset code; returns a code other than the one sent. */
async function codeSent(cognito: TestCognito) {
  await cognito.addUser(EMAIL);
  await cognito.emulator.call('ForgotPassword', { ClientId: cognito.clientId, Username: EMAIL });
  return cognito.emulator.lastCode(EMAIL, 'FORGOT_PASSWORD') === '000000' ? '111111' : '000000';
}

const passwordFields = () => document.querySelectorAll<HTMLInputElement>('input[type=password]');

describe('/forgot-password in every language', () => {
  it.each(['en', 'es', 'de'] as const)(
    '%s: heading, field and a disabled account',
    async (locale) => {
      const words = WORDS[locale];
      const cognito = await startTestCognito();
      await disabledUser(cognito);
      const { user } = await openPage(locale, cognito, `/forgot-password?username=${EMAIL}`);
      expectConsoleError(/\[auth\] start-password-reset failed: NotAuthorizedException/);

      expect(heading()).toHaveTextContent(words.forgotTitle);
      expect(screen.getByRole('textbox', { name: words.email })).toHaveValue(EMAIL);
      await user.click(screen.getByRole('button', { name: words.send }));
      expect(await screen.findByRole('alert')).toHaveTextContent(words.disabled);
    },
  );

  it('shows no unaccented English in the pseudo-locale, nor in its errors', async () => {
    const cognito = await startTestCognito();
    await disabledUser(cognito);
    const { user } = await openPage('en-XA', cognito, '/forgot-password');
    expectConsoleError(/\[auth\] start-password-reset failed: NotAuthorizedException/);
    expect(heading().textContent).toMatch(/^\[Ŕéšéţ ýöûŕ ƥáššŵöŕđ .+\]$/);
    expectNoUnaccentedText([testConfig.environmentName]);

    const send = screen.getByRole('button', { name: /Šéñđ ŕéšéţ çöđé/ });
    await user.click(send);
    await waitFor(() => expect(screen.getByRole('textbox')).toBeInvalid());
    expectNoUnaccentedText([testConfig.environmentName]);

    await fill(user, screen.getByRole('textbox'), EMAIL);
    await user.click(send);
    expect(await screen.findByRole('alert')).toHaveTextContent(/Ţĥîš áççöûñţ îš đîšáƀļéđ/);
    expectNoUnaccentedText([testConfig.environmentName, EMAIL]);
  });
});

describe('a message already on screen', () => {
  it('follows a switch of language, as the form’s own check words it again', async () => {
    const cognito = await startTestCognito();
    const { user } = await openPage('en', cognito, '/forgot-password');
    await user.click(screen.getByRole('button', { name: WORDS.en.send }));
    const email = screen.getByRole('textbox', { name: WORDS.en.email });
    await waitFor(() => expect(email).toHaveAccessibleDescription(/Enter your email\./));

    const header = within(screen.getByRole('banner'));
    await user.selectOptions(header.getByRole('combobox', { name: 'Language' }), 'es');
    const correo = await screen.findByRole('textbox', { name: WORDS.es.email });
    await waitFor(() =>
      expect(correo).toHaveAccessibleDescription(/Introduce tu correo electrónico\./),
    );
  });
});

describe('/reset-password in every language', () => {
  it.each(['en', 'es', 'de'] as const)('%s: heading, fields and a wrong code', async (locale) => {
    const words = WORDS[locale];
    const cognito = await startTestCognito();
    const wrong = await codeSent(cognito);
    const { user } = await openPage(locale, cognito, `/reset-password?username=${EMAIL}`);
    expectConsoleError(/\[auth\] confirm-password-reset failed: CodeMismatchException/);

    expect(heading()).toHaveTextContent(words.resetTitle);
    expect(screen.getByText(EMAIL, { selector: 'strong' })).toBeInTheDocument();
    const code = screen.getByRole('textbox', { name: words.code });
    await fill(user, code, wrong);
    await fill(user, screen.getByLabelText(words.newPassword, { selector: 'input' }), NEW_PASSWORD);
    await fill(user, screen.getByLabelText(words.confirm, { selector: 'input' }), NEW_PASSWORD);
    await user.click(screen.getByRole('button', { name: words.submit }));
    await waitFor(() => expect(code).toHaveAccessibleDescription(words.wrongCode));
  });

  it('shows no unaccented English in the pseudo-locale: checks, checklist and Cognito’s error', async () => {
    const cognito = await startTestCognito();
    const wrong = await codeSent(cognito);
    saveCodeSent('password-reset', EMAIL, { destination: 'r***@e***', medium: 'EMAIL' });
    const { user } = await openPage('en-XA', cognito, `/reset-password?username=${EMAIL}`);
    expectConsoleError(/\[auth\] confirm-password-reset failed: CodeMismatchException/);
    const data = [testConfig.environmentName, EMAIL, 'r***@e***'];
    expect(heading().textContent).toMatch(/^\[Çĥööšé á ñéŵ ƥáššŵöŕđ .+\]$/);
    expectNoUnaccentedText(data);

    // The form's own checks: nothing typed, then a weak password and a mismatch.
    const submit = screen.getByRole('button', { name: /Šéţ ñéŵ ƥáššŵöŕđ/ });
    await user.click(submit);
    const code = screen.getByRole('textbox', { name: /Ŕéšéţ çöđé/ });
    await waitFor(() => expect(code).toBeInvalid());
    expectNoUnaccentedText(data);
    const [password, confirm] = passwordFields();
    if (!password || !confirm) throw new Error('the reset form has two password fields');
    await fill(user, password, 'short');
    await fill(user, confirm, 'shirt');
    await user.click(submit);
    await waitFor(() => expect(password).toHaveAccessibleDescription(/ñééđš/));
    expectNoUnaccentedText([...data, 'short', 'shirt']);

    // Cognito's answer to a wrong code.
    await fill(user, code, wrong);
    await fill(user, password, NEW_PASSWORD);
    await fill(user, confirm, NEW_PASSWORD);
    await user.click(submit);
    await waitFor(() => expect(code).toHaveAccessibleDescription(/Ţĥáţ çöđé îš ñöţ ŕîĝĥţ/));
    expectNoUnaccentedText(data);
  });
});
