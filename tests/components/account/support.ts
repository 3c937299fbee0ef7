import { configure, screen, within } from '@testing-library/react';
import { confirmSignIn, signIn } from 'aws-amplify/auth';
import { vi } from 'vitest';
import { configureAuth } from '../../../src/features/auth/api/configure-auth';
import { SoftAuthenticator } from '../../emulator/support/soft-authenticator';
import { renderApp } from '../render-app';
import { totpCode } from '../sign-in/support';
import { installPasskeys } from '../sign-in/webauthn-in-jsdom';
import { configFor, signInAs } from '../support/sign-in-as';
import { startTestCognito, TEST_PASSWORD, type TestCognito } from '../support/test-cognito';

// Each test signs in with SRP and boots the whole app; on a busy machine that takes a while.
configure({ asyncUtilTimeout: 5000 });

export const EMAIL = 'dana@example.com';
export const PAGE = '/account/security';
/** The app config that shows the passkey section (passkey sign-in needs choice-based sign-in). */
export const WITH_PASSKEYS = { signInFlow: 'choice', passwordless: ['WEB_AUTHN'] } as const;

interface PoolOptions {
  /** Pool-level MFA kinds; the app config offers TOTP and EMAIL either way. */
  readonly totp?: boolean;
  readonly email?: boolean;
}

/**
 * A pool as the local stack has it: optional MFA (TOTP and email), passkeys on `localhost`
 * (jsdom's origin) as a first factor, and one confirmed user.
 */
export async function securityPool({ totp = true, email = true }: PoolOptions = {}) {
  const cognito = await startTestCognito({
    Policies: { SignInPolicy: { AllowedFirstAuthFactors: ['PASSWORD', 'WEB_AUTHN'] } },
  });
  await cognito.emulator.call('SetUserPoolMfaConfig', {
    UserPoolId: cognito.poolId,
    MfaConfiguration: 'OPTIONAL',
    SoftwareTokenMfaConfiguration: { Enabled: totp },
    ...(email && { EmailMfaConfiguration: {} }),
    WebAuthnConfiguration: { RelyingPartyId: 'localhost', UserVerification: 'preferred' },
  });
  await cognito.addUser(EMAIL);
  return cognito;
}

/**
 * Signs the user in (answering the TOTP challenge when `totpSecret` is given: the user has an
 * authenticator app already) and opens the account security page.
 */
export async function openSecurityPage(
  cognito: TestCognito,
  overrides: Record<string, unknown> = {},
  totpSecret?: string,
) {
  const config = configFor(cognito, overrides);
  if (totpSecret) {
    configureAuth(config);
    const { nextStep } = await signIn({ username: EMAIL, password: TEST_PASSWORD });
    if (nextStep.signInStep !== 'CONFIRM_SIGN_IN_WITH_TOTP_CODE') {
      throw new Error(`expected a TOTP challenge, got ${nextStep.signInStep}`);
    }
    const done = await confirmSignIn({ challengeResponse: nextTotp(cognito, totpSecret) });
    if (!done.isSignedIn) throw new Error(`TOTP sign-in stopped at ${done.nextStep.signInStep}`);
  } else {
    await signInAs(cognito, EMAIL, overrides);
  }
  const view = await renderApp(PAGE, { config });
  await screen.findByRole('heading', { level: 1, name: 'Account security' });
  return view;
}

/** A part of the page, by its heading: a section card (h2) or a setting inside one (h3). */
export const region = (name: string) => screen.getByRole('region', { name });
export const findRegion = (name: string) => screen.findByRole('region', { name });

/** The page's own polite status line (the header has one of its own). */
export const pageStatus = () =>
  within(screen.getByRole('main'))
    .getAllByRole('status')
    .find((element) => element.getAttribute('aria-atomic') === 'true');

/** The MFA settings Cognito holds for the user, read as an admin would. */
export async function mfaOf(cognito: TestCognito) {
  const user = (await cognito.emulator.call('AdminGetUser', {
    UserPoolId: cognito.poolId,
    Username: EMAIL,
  })) as { UserMFASettingList?: string[]; PreferredMfaSetting?: string };
  return { enabled: user.UserMFASettingList ?? [], preferred: user.PreferredMfaSetting };
}

/** The secret the page shows next to the QR code. */
export const shownSecret = () =>
  (document.querySelector('.totp-secret code')?.textContent ?? '').replace(/\s/g, '');

/** A code for `secret` one 30-second step ahead, so no code is ever replayed. */
export function nextTotp(cognito: TestCognito, secret: string) {
  cognito.emulator.advanceClock(30);
  return totpCode(cognito, secret);
}

/**
 * Runs `fn` with Node's Uint8Array as the global one: jsdom brings its own, so the soft
 * authenticator's CBOR encoder would not recognise Node Buffers as byte strings.
 */
export function inNodeRealm<T>(fn: () => T): T {
  const jsdomUint8Array = globalThis.Uint8Array;
  globalThis.Uint8Array = Object.getPrototypeOf(Buffer.prototype).constructor;
  try {
    return fn();
  } finally {
    globalThis.Uint8Array = jsdomUint8Array;
  }
}

/**
 * WebAuthn in jsdom (see webauthn-in-jsdom.ts), with navigator.credentials.create run in
 * Node's realm so the soft authenticator can encode its attestation. Call `uninstall` after.
 */
export function installBrowserPasskeys(authenticator = new SoftAuthenticator()) {
  const installed = installPasskeys(authenticator);
  const { credentials } = installed;
  const create = credentials.create.bind(credentials);
  const spy = vi
    .spyOn(credentials, 'create')
    .mockImplementation((options) => inNodeRealm(() => create(options)));
  return { ...installed, authenticator, create: spy };
}

/** Registers a passkey for the user directly with the emulator, as another browser would have. */
export async function registerPasskey(cognito: TestCognito, authenticator: SoftAuthenticator) {
  const auth = (await cognito.emulator.call('InitiateAuth', {
    ClientId: cognito.clientId,
    AuthFlow: 'USER_PASSWORD_AUTH',
    AuthParameters: { USERNAME: EMAIL, PASSWORD: TEST_PASSWORD },
  })) as { AuthenticationResult: { AccessToken: string } };
  const AccessToken = auth.AuthenticationResult.AccessToken;
  const { CredentialCreationOptions } = (await cognito.emulator.call('StartWebAuthnRegistration', {
    AccessToken,
  })) as { CredentialCreationOptions: never };
  await cognito.emulator.call('CompleteWebAuthnRegistration', {
    AccessToken,
    Credential: inNodeRealm(() =>
      authenticator.create(CredentialCreationOptions, window.location.origin),
    ),
  });
}

/** The user's passkeys as Cognito lists them to an admin-free caller (their own access token). */
export async function passkeyCount(cognito: TestCognito): Promise<number> {
  const auth = (await cognito.emulator.call('InitiateAuth', {
    ClientId: cognito.clientId,
    AuthFlow: 'USER_PASSWORD_AUTH',
    AuthParameters: { USERNAME: EMAIL, PASSWORD: TEST_PASSWORD },
  })) as { AuthenticationResult: { AccessToken: string } };
  const { Credentials } = (await cognito.emulator.call('ListWebAuthnCredentials', {
    AccessToken: auth.AuthenticationResult.AccessToken,
  })) as { Credentials: unknown[] };
  return Credentials.length;
}
