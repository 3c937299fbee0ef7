import { screen, within } from '@testing-library/react';
import type { UserEvent } from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { paths } from '../../../src/config/paths';
import { saveRememberDeviceOffer } from '../../../src/features/auth/flow/remember-device-offer';
import type { SignInStep } from '../../../src/features/auth/flow/sign-in-step';
import { saveSignInStep } from '../../../src/features/auth/flow/sign-in-step-store';
import { t } from '../../../src/lib/i18n/i18n';
import type { AppLocale } from '../../../src/lib/i18n/locales';
import { expectConsoleError } from '../console-guard';
import { renderApp, testConfig } from '../render-app';
import {
  EMAIL,
  mfaRequiredPool,
  poolWithUser,
  renderAt,
  shownSecret,
  startSignInAt,
  TEST_PASSWORD,
  totpCode,
  totpUser,
} from '../sign-in/support';
import { cognitoError, overrideCognito } from '../support/override-cognito';
import { signInAs } from '../support/sign-in-as';
import { startTestCognito } from '../support/test-cognito';
import { chooseLocale, expectNoUnaccentedText, shownText } from './locale-support';

const steps = paths.auth.steps;
const who = { username: EMAIL, redirectTo: '/' };
const SMS_DESTINATION = '+*******1234';
// Data, not text: who signs in, where a code went, the environment's name.
const DATA = [EMAIL, SMS_DESTINATION, testConfig.environmentName];

type Language = 'en' | 'es' | 'de';

interface Scene {
  /** Renders the page and brings it to the state to check; returns any more data it shows. */
  readonly open: () => Promise<readonly string[] | undefined>;
  /** The page's heading in each language, then texts it must show (an error, a label). */
  readonly words: Readonly<Record<Language, readonly [heading: string, ...texts: string[]]>>;
}

/** The card of the step: its buttons, apart from the header's. */
const card = () => within(screen.getByRole('region'));

/** Waits for the step's heading, whatever its language. */
const stepHeading = () => screen.findByRole('heading', { level: 1 }, { timeout: 5000 });

/** Answers a step with a code that is not the right one. */
async function typeWrongCode(user: UserEvent, right: string) {
  await user.type(
    card().getByRole('textbox'),
    `${right === '000000' ? '111111' : '000000'}{Enter}`,
  );
}

/** Waits for the form's alert or field error to appear. */
const failureShown = () =>
  expect
    .poll(() => document.querySelector('[role="alert"], [aria-invalid="true"]'), {
      timeout: 10_000,
    })
    .not.toBeNull();

/** Stores a step, as the previous page would have, and opens its route. */
async function openStoredStep(path: string, step: SignInStep, config = {}) {
  saveSignInStep(step);
  await renderApp(path, { config: { ...testConfig, ...config } });
  await stepHeading();
  return undefined;
}

const SCENES: Readonly<Record<string, Scene>> = {
  'the sign-in page, a wrong password (NotAuthorizedException)': {
    open: async () => {
      expectConsoleError(/sign-in failed: NotAuthorizedException/);
      const cognito = await poolWithUser(EMAIL);
      const { user } = await renderAt(cognito, paths.auth.signIn.getHref());
      await stepHeading();
      await user.type(card().getByRole('textbox'), EMAIL);
      await user.type(screen.getByLabelText(t('password.label')), 'Wrong-passw0rd!{Enter}');
      await failureShown();
      return undefined;
    },
    words: {
      en: ['Sign in', 'Incorrect username or password.'],
      es: ['Iniciar sesión', 'Nombre de usuario o contraseña incorrectos.'],
      de: ['Anmelden', 'Benutzername oder Passwort ist falsch.'],
    },
  },
  'the sign-in page, throttled (LimitExceededException)': {
    open: async () => {
      expectConsoleError(/sign-in failed: LimitExceededException/);
      const cognito = await poolWithUser(EMAIL);
      overrideCognito('InitiateAuth', () =>
        cognitoError(
          'LimitExceededException',
          'Attempt limit exceeded, please try after some time.',
        ),
      );
      const { user } = await renderAt(cognito, paths.auth.signIn.getHref(), {
        signInFlow: 'password',
      });
      await stepHeading();
      await user.type(card().getByRole('textbox'), EMAIL);
      await user.type(screen.getByLabelText(t('password.label')), `${TEST_PASSWORD}{Enter}`);
      await failureShown();
      return undefined;
    },
    words: {
      en: ['Sign in', 'Too many attempts. Wait a few minutes, then try again.'],
      es: ['Iniciar sesión', 'Demasiados intentos. Espera unos minutos y vuelve a intentarlo.'],
      de: ['Anmelden', 'Zu viele Versuche. Warte ein paar Minuten und versuche es dann erneut.'],
    },
  },
  'the MFA code step, a wrong code': {
    open: async () => {
      expectConsoleError(/confirm-sign-in failed: CodeMismatchException/);
      const { cognito, secret } = await totpUser();
      await startSignInAt(cognito, { username: EMAIL, password: TEST_PASSWORD });
      const { user } = await renderAt(cognito, steps.code.path);
      await stepHeading();
      await typeWrongCode(user, totpCode(cognito, secret));
      await failureShown();
      return undefined;
    },
    words: {
      en: ['Enter your authenticator code', 'That code is not right. Check it and try again.'],
      es: [
        'Introduce el código de tu aplicación de autenticación',
        'Ese código no es correcto. Revísalo y vuelve a intentarlo.',
      ],
      de: [
        'Gib den Code deiner Authenticator-App ein',
        'Dieser Code stimmt nicht. Prüfe ihn und versuche es erneut.',
      ],
    },
  },
  'the code step for a text message': {
    open: () =>
      openStoredStep(steps.code.path, {
        ...who,
        signInStep: 'CONFIRM_SIGN_IN_WITH_SMS_CODE',
        codeDelivery: { medium: 'SMS', destination: SMS_DESTINATION },
      }),
    words: {
      en: [
        'Check your phone',
        `We sent a 6-digit code by text message to ${SMS_DESTINATION}. Enter it below.`,
      ],
      es: [
        'Revisa tu teléfono',
        `Hemos enviado un código de 6 dígitos por SMS a ${SMS_DESTINATION}. Introdúcelo abajo.`,
      ],
      de: [
        'Sieh auf deinem Telefon nach',
        `Wir haben einen 6-stelligen Code per SMS an ${SMS_DESTINATION} gesendet. Gib ihn unten ein.`,
      ],
    },
  },
  'TOTP setup, a wrong first code': {
    open: async () => {
      expectConsoleError(
        /confirm-sign-in failed: (EnableSoftwareTokenMFAException|CodeMismatchException)/,
      );
      const cognito = await mfaRequiredPool({ totp: true });
      await startSignInAt(cognito, { username: EMAIL, password: TEST_PASSWORD });
      const { user } = await renderAt(cognito, steps.setupTotp.path);
      await stepHeading();
      const secret = shownSecret();
      await typeWrongCode(user, totpCode(cognito, secret));
      await failureShown();
      // The key as the page groups it for reading out.
      return [document.querySelector('.totp-secret code')?.textContent ?? secret];
    },
    words: {
      en: [
        'Set up your authenticator app',
        'Copy key',
        'That code is not right. Check it and try again.',
      ],
      es: [
        'Configura tu aplicación de autenticación',
        'Copiar clave',
        'Ese código no es correcto. Revísalo y vuelve a intentarlo.',
      ],
      de: [
        'Richte deine Authenticator-App ein',
        'Schlüssel kopieren',
        'Dieser Code stimmt nicht. Prüfe ihn und versuche es erneut.',
      ],
    },
  },
  'choosing a factor, throttled': {
    open: async () => {
      expectConsoleError(/confirm-sign-in failed: LimitExceededException/);
      const cognito = await poolWithUser(EMAIL, {
        Policies: { SignInPolicy: { AllowedFirstAuthFactors: ['PASSWORD', 'EMAIL_OTP'] } },
      });
      await startSignInAt(cognito, { username: EMAIL, flow: 'choice', method: 'SMS_OTP' });
      overrideCognito('RespondToAuthChallenge', () => cognitoError('LimitExceededException'));
      const { user } = await renderAt(cognito, steps.chooseFactor.path, { signInFlow: 'choice' });
      await stepHeading();
      // Password first, then "Email me a code".
      await user.click(card().getAllByRole('button')[1] as HTMLElement);
      await failureShown();
      return undefined;
    },
    words: {
      en: [
        'Choose how to sign in',
        'Use my password',
        'Email me a code',
        'Too many attempts. Wait a few minutes, then try again.',
      ],
      es: [
        'Elige cómo iniciar sesión',
        'Usar mi contraseña',
        'Envíame un código por correo',
        'Demasiados intentos. Espera unos minutos y vuelve a intentarlo.',
      ],
      de: [
        'Wähle, wie du dich anmeldest',
        'Mein Passwort verwenden',
        'Code per E-Mail senden',
        'Zu viele Versuche. Warte ein paar Minuten und versuche es dann erneut.',
      ],
    },
  },
  'choosing among MFA types': {
    open: () =>
      openStoredStep(steps.selectMfa.path, {
        ...who,
        signInStep: 'CONTINUE_SIGN_IN_WITH_MFA_SELECTION',
        allowedMfaTypes: ['TOTP', 'EMAIL', 'SMS'],
      }),
    words: {
      en: ['Verify it is you', 'Authenticator app', 'Text message'],
      es: ['Confirma que eres tú', 'Aplicación de autenticación', 'SMS'],
      de: ['Bestätige, dass du es bist', 'Authenticator-App', 'SMS'],
    },
  },
  'setting up an email address for codes, left empty': {
    open: async () => {
      saveSignInStep({ ...who, username: 'dana', signInStep: 'CONTINUE_SIGN_IN_WITH_EMAIL_SETUP' });
      const { user } = await renderApp(steps.setupEmail.path);
      await stepHeading();
      await user.click(card().getByRole('button'));
      await failureShown();
      return ['dana'];
    },
    words: {
      en: ['Get sign-in codes by email', 'Enter your email address.'],
      es: [
        'Recibe los códigos de inicio de sesión por correo electrónico',
        'Introduce tu correo electrónico.',
      ],
      de: ['Anmeldecodes per E-Mail erhalten', 'Gib deine E-Mail-Adresse ein.'],
    },
  },
  'a new password that Cognito’s policy refuses': {
    open: async () => {
      expectConsoleError(/confirm-sign-in failed: InvalidPasswordException/);
      const cognito = await startTestCognito();
      await cognito.emulator.call('AdminCreateUser', {
        UserPoolId: cognito.poolId,
        Username: EMAIL,
        TemporaryPassword: 'Temp-passw0rd!',
        MessageAction: 'SUPPRESS',
        UserAttributes: [{ Name: 'email', Value: EMAIL }],
      });
      await startSignInAt(cognito, { username: EMAIL, password: 'Temp-passw0rd!' });
      // The app's idea of the policy is laxer than the pool's: Cognito has the last word.
      const lax = { minLength: 8, requireUppercase: false, requireSymbols: false };
      const { user } = await renderAt(cognito, steps.newPassword.path, {
        passwordPolicy: { ...testConfig.passwordPolicy, ...lax },
      });
      await stepHeading();
      const [password, again] = document.querySelectorAll<HTMLInputElement>(
        'form input[type="password"]',
      );
      if (!password || !again) throw new Error('the new password fields are missing');
      await user.type(password, 'all-lower-1');
      await user.type(again, 'all-lower-1{Enter}');
      await failureShown();
      return undefined;
    },
    words: {
      en: [
        'Choose a new password',
        'Choose a stronger password: password must have uppercase characters.',
      ],
      es: ['Elige una contraseña nueva', 'Elige una contraseña más segura: debe tener mayúsculas.'],
      de: [
        'Wähle ein neues Passwort',
        'Wähle ein sichereres Passwort: Es muss Großbuchstaben enthalten.',
      ],
    },
  },
  'a new password left empty, with a required attribute missing': {
    open: async () => {
      saveSignInStep({
        ...who,
        signInStep: 'CONFIRM_SIGN_IN_WITH_NEW_PASSWORD_REQUIRED',
        missingAttributes: ['name'],
      });
      const { user } = await renderApp(steps.newPassword.path);
      await stepHeading();
      const password = document.querySelector<HTMLInputElement>('form input[type="password"]');
      if (!password) throw new Error('the new password field is missing');
      await user.type(password, '{Enter}');
      await failureShown();
      return undefined;
    },
    words: {
      en: ['Choose a new password', 'Choose a new password.', 'Enter your full name.'],
      es: [
        'Elige una contraseña nueva',
        'Elige una contraseña nueva.',
        'Introduce tu nombre completo.',
      ],
      de: [
        'Wähle ein neues Passwort',
        'Wähle ein neues Passwort.',
        'Gib deinen vollständigen Namen ein.',
      ],
    },
  },
  'remembering this device': {
    open: async () => {
      const cognito = await poolWithUser(EMAIL, {
        DeviceConfiguration: {
          ChallengeRequiredOnNewDevice: true,
          DeviceOnlyRememberedOnUserPrompt: true,
        },
      });
      await signInAs(cognito, EMAIL, { rememberDevices: 'opt-in' });
      saveRememberDeviceOffer({ username: EMAIL, redirectTo: '/' });
      await renderAt(cognito, steps.rememberDevice.path, { rememberDevices: 'opt-in' });
      await stepHeading();
      return undefined;
    },
    words: {
      en: ['Remember this device?', 'Remember this device', 'Not now'],
      es: ['¿Recordar este dispositivo?', 'Recordar este dispositivo', 'Ahora no'],
      de: ['Dieses Gerät merken?', 'Dieses Gerät merken', 'Jetzt nicht'],
    },
  },
};

const LANGUAGES: readonly Language[] = ['en', 'es', 'de'];

describe.each(Object.entries(SCENES))('%s', (_name, scene) => {
  it.each(LANGUAGES)('in %s: every word from its catalog', async (locale) => {
    await chooseLocale(locale);
    await scene.open();
    const [heading, ...texts] = scene.words[locale];
    expect(screen.getByRole('heading', { level: 1, name: heading })).toBeInTheDocument();
    const shown = shownText();
    for (const text of texts)
      expect(
        shown.some((line) => line.includes(text)),
        text,
      ).toBe(true);
    // A missing message would have logged an error, which fails the test (console-guard).
  });

  it('in the pseudo-locale: no unaccented English, from .tsx or .ts files', async () => {
    await chooseLocale('en-XA' satisfies AppLocale);
    const data = (await scene.open()) ?? [];
    expectNoUnaccentedText([...DATA, ...data]);
  });
});
