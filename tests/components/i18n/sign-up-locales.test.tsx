import { screen, waitFor, within } from '@testing-library/react';
import type { UserEvent } from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { saveCodeSent } from '../../../src/features/auth/flow/code-sent-store';
import type { AppLocale } from '../../../src/lib/i18n/locales';
import { expectConsoleError } from '../console-guard';
import { renderApp, testConfig } from '../render-app';
import { fill } from '../sign-up/support';
import { startTestCognito, TEST_PASSWORD, type TestCognito } from '../support/test-cognito';
// Not a React hook, whatever its name says: it stores and activates the language.
import { chooseLocale, expectNoUnaccentedText } from './locale-support';

const EMAIL = 'nia@example.com';

// Each language's words for what the tests touch; everything else is checked by the
// pseudo-locale below (a missing message logs an error, which fails the test).
const WORDS = {
  en: {
    title: 'Create an account',
    email: 'Email',
    password: 'Password',
    confirm: 'Confirm password',
    checklist: 'Your password needs',
    minLength: 'At least 8 characters',
    submit: 'Create account',
    taken: 'An account with this email already exists. Sign in, or reset your password.',
    confirmTitle: 'Confirm your account',
    code: 'Confirmation code',
    confirmSubmit: 'Confirm account',
    resend: 'Send a new code',
    wrongCode: 'That code is not right. Check it and try again.',
  },
  es: {
    title: 'Crear cuenta',
    email: 'Correo electrónico',
    password: 'Contraseña',
    confirm: 'Confirma la contraseña',
    checklist: 'Tu contraseña necesita',
    minLength: 'Al menos 8 caracteres',
    submit: 'Crear cuenta',
    taken:
      'Ya existe una cuenta con este correo electrónico. Inicia sesión o restablece tu contraseña.',
    confirmTitle: 'Confirma tu cuenta',
    code: 'Código de confirmación',
    confirmSubmit: 'Confirmar cuenta',
    resend: 'Enviar un código nuevo',
    wrongCode: 'Ese código no es correcto. Revísalo y vuelve a intentarlo.',
  },
  de: {
    title: 'Konto erstellen',
    email: 'E-Mail-Adresse',
    password: 'Passwort',
    confirm: 'Passwort bestätigen',
    checklist: 'Dein Passwort braucht',
    minLength: 'Mindestens 8 Zeichen',
    submit: 'Konto erstellen',
    taken:
      'Es gibt bereits ein Konto mit dieser E-Mail-Adresse. Melde dich an oder setze dein Passwort zurück.',
    confirmTitle: 'Bestätige dein Konto',
    code: 'Bestätigungscode',
    confirmSubmit: 'Konto bestätigen',
    resend: 'Neuen Code senden',
    wrongCode: 'Dieser Code stimmt nicht. Prüfe ihn und versuche es erneut.',
  },
} as const;

// The attribute labels (lib/attributes) are another catalog's; these pages are checked without them.
const NO_ATTRIBUTES = { signUpAttributes: [] };

async function openPage(locale: AppLocale, cognito: TestCognito, url: string) {
  await chooseLocale(locale);
  const view = await renderApp(url, {
    config: { ...testConfig, ...cognito.config, ...NO_ATTRIBUTES },
  });
  await screen.findByRole('heading', { level: 1 }, { timeout: 5000 });
  return view;
}

const heading = () => screen.getByRole('heading', { level: 1 });
const passwordFields = () => document.querySelectorAll<HTMLInputElement>('input[type=password]');

/** Fills the sign-up form in whatever language it is in: the fields, in order. */
async function fillSignUp(user: UserEvent, email: string, password = TEST_PASSWORD) {
  const form = screen.getByRole('form');
  await fill(user, within(form).getByRole('textbox'), email);
  const [first, second] = passwordFields();
  if (!first || !second) throw new Error('the sign-up form has two password fields');
  await fill(user, first, password);
  await fill(user, second, password);
}

/** A user who signed up elsewhere: confirming is all that is left. */
async function signedUpElsewhere(cognito: TestCognito) {
  await cognito.emulator.call('SignUp', {
    ClientId: cognito.clientId,
    Username: EMAIL,
    Password: TEST_PASSWORD,
  });
}

/** A code other than the one Cognito sent. */
const wrongCode = (cognito: TestCognito) =>
  cognito.emulator.lastCode(EMAIL, 'SIGN_UP') === '000000' ? '111111' : '000000';

describe('/sign-up in every language', () => {
  it.each(['en', 'es', 'de'] as const)(
    '%s: heading, fields, checklist and a taken email',
    async (locale) => {
      const words = WORDS[locale];
      const cognito = await startTestCognito();
      await cognito.addUser(EMAIL);
      const { user } = await openPage(locale, cognito, '/sign-up');
      expectConsoleError(/\[auth\] sign-up failed: UsernameExistsException/);

      expect(heading()).toHaveTextContent(words.title);
      expect(screen.getByRole('form', { name: words.title })).toBeInTheDocument();
      expect(screen.getByLabelText(words.password, { selector: 'input' })).toBeInTheDocument();
      expect(screen.getByLabelText(words.confirm, { selector: 'input' })).toBeInTheDocument();
      const checklist = screen.getByRole('list', { name: words.checklist });
      expect(within(checklist).getByText(words.minLength)).toBeInTheDocument();

      await fillSignUp(user, EMAIL);
      await user.click(screen.getByRole('button', { name: words.submit }));

      const email = screen.getByRole('textbox', { name: words.email });
      await waitFor(() => expect(email).toHaveAccessibleDescription(words.taken));
      expect(email).toHaveFocus();
    },
  );

  it('shows no unaccented English in the pseudo-locale: checks, checklist and Cognito’s error', async () => {
    const cognito = await startTestCognito();
    await cognito.addUser(EMAIL);
    const { user } = await openPage('en-XA', cognito, '/sign-up');
    expectConsoleError(/\[auth\] sign-up failed: UsernameExistsException/);
    expect(heading().textContent).toMatch(/^\[Çŕéáţé áñ áççöûñţ .+\]$/);
    expectNoUnaccentedText([testConfig.environmentName]);

    // The form's own checks: an empty form, then a weak password and a mismatch.
    await user.click(screen.getByRole('button', { name: /Çŕéáţé áççöûñţ/ }));
    await waitFor(() => expect(screen.getByRole('textbox')).toBeInvalid());
    expectNoUnaccentedText([testConfig.environmentName]);
    const [first, second] = passwordFields();
    if (!first || !second) throw new Error('the sign-up form has two password fields');
    await fill(user, first, 'short');
    await fill(user, second, 'shirt');
    await user.click(screen.getByRole('button', { name: /Çŕéáţé áççöûñţ/ }));
    await waitFor(() => expect(first).toHaveAccessibleDescription(/ñééđš/));
    expectNoUnaccentedText([testConfig.environmentName, 'short', 'shirt']);

    // Cognito's answer for a taken email, with its ways out.
    await fillSignUp(user, EMAIL);
    await user.click(screen.getByRole('button', { name: /Çŕéáţé áççöûñţ/ }));
    const email = screen.getByRole('textbox', { name: /Éɱáîļ/ });
    await waitFor(() => expect(email).toHaveAccessibleDescription(/áļŕéáđý éẋîšţš/));
    expect(screen.getAllByRole('link', { name: /Šîĝñ îñ/ }).length).toBeGreaterThan(0);
    expectNoUnaccentedText([testConfig.environmentName, EMAIL]);
  });
});

describe('the language at sign-up', () => {
  const NEW_EMAIL = 'jonas@example.com';
  const localeOf = async (cognito: TestCognito) => {
    const { UserAttributes } = (await cognito.emulator.call('AdminGetUser', {
      UserPoolId: cognito.poolId,
      Username: NEW_EMAIL,
    })) as { UserAttributes: { Name: string; Value: string }[] };
    return UserAttributes.find((attribute) => attribute.Name === 'locale')?.Value;
  };

  it('becomes the account’s locale, so the code’s email can be in it', async () => {
    const cognito = await startTestCognito();
    const { user } = await openPage('de', cognito, '/sign-up');
    await fillSignUp(user, NEW_EMAIL);
    await user.click(screen.getByRole('button', { name: WORDS.de.submit }));

    expect(
      await screen.findByRole('heading', { level: 1, name: WORDS.de.confirmTitle }),
    ).toBeInTheDocument();
    expect(await localeOf(cognito)).toBe('de');
  });

  it('is not sent where the app client may not write locale', async () => {
    const cognito = await startTestCognito();
    await chooseLocale('es');
    const { user } = await renderApp('/sign-up', {
      config: {
        ...testConfig,
        ...cognito.config,
        ...NO_ATTRIBUTES,
        editableAttributes: ['name'],
      },
    });
    await screen.findByRole('heading', { level: 1, name: WORDS.es.title }, { timeout: 5000 });
    await fillSignUp(user, NEW_EMAIL);
    await user.click(screen.getByRole('button', { name: WORDS.es.submit }));

    expect(
      await screen.findByRole('heading', { level: 1, name: WORDS.es.confirmTitle }),
    ).toBeInTheDocument();
    expect(await localeOf(cognito)).toBeUndefined();
  });
});

describe('/sign-up/confirm in every language', () => {
  it.each(['en', 'es', 'de'] as const)(
    '%s: heading, code field, resend and a wrong code',
    async (locale) => {
      const words = WORDS[locale];
      const cognito = await startTestCognito();
      await signedUpElsewhere(cognito);
      const { user } = await openPage(locale, cognito, `/sign-up/confirm?username=${EMAIL}`);
      expectConsoleError(/\[auth\] confirm-sign-up failed: CodeMismatchException/);

      expect(heading()).toHaveTextContent(words.confirmTitle);
      expect(screen.getByText(EMAIL, { selector: 'strong' })).toBeInTheDocument();
      expect(screen.getByRole('button', { name: words.resend })).toBeEnabled();

      const code = screen.getByRole('textbox', { name: words.code });
      await fill(user, code, wrongCode(cognito));
      await user.click(screen.getByRole('button', { name: words.confirmSubmit }));
      await waitFor(() => expect(code).toHaveAccessibleDescription(words.wrongCode));
    },
  );

  it('shows no unaccented English in the pseudo-locale: where the code went, the cooldown and errors', async () => {
    const cognito = await startTestCognito();
    await signedUpElsewhere(cognito);
    saveCodeSent('sign-up', EMAIL, { destination: 'n***@e***', medium: 'EMAIL' });
    const { user } = await openPage('en-XA', cognito, `/sign-up/confirm?username=${EMAIL}`);
    expectConsoleError(/\[auth\] confirm-sign-up failed: CodeMismatchException/);
    expectConsoleError(/\[auth\] confirm-sign-up failed: NotAuthorizedException/);

    expect(screen.getByText(/n\*\*\*@e\*\*\*/)).toHaveTextContent(/^\[Ŵé šéñţ/);
    // Sent just now: the cooldown's countdown and its announcement.
    expect(screen.getByText(/ñéŵ çöđé îñ \d+ š\./)).toBeInTheDocument();
    expectNoUnaccentedText([testConfig.environmentName, EMAIL, 'n***@e***']);

    // Cognito's answer to a wrong code, next to the code.
    const code = screen.getByRole('textbox', { name: /Çöñƒîŕɱáţîöñ çöđé/ });
    await fill(user, code, wrongCode(cognito));
    await user.click(screen.getByRole('button', { name: /Çöñƒîŕɱ áççöûñţ/ }));
    await waitFor(() => expect(code).toHaveAccessibleDescription(/Ţĥáţ çöđé îš ñöţ ŕîĝĥţ/));
    expectNoUnaccentedText([testConfig.environmentName, EMAIL, 'n***@e***']);

    // Confirmed meanwhile: the form's alert, with its way to sign in.
    await cognito.emulator.call('AdminConfirmSignUp', {
      UserPoolId: cognito.poolId,
      Username: EMAIL,
    });
    await user.click(screen.getByRole('button', { name: /Çöñƒîŕɱ áççöûñţ/ }));
    const alert = await screen.findByRole('alert');
    expect(within(alert).getByRole('link', { name: /Ĝö ţö šîĝñ îñ/ })).toBeInTheDocument();
    expectNoUnaccentedText([testConfig.environmentName, EMAIL, 'n***@e***']);
  });
});
