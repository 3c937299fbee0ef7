import { configure, screen } from '@testing-library/react';
import type { UserEvent } from '@testing-library/user-event';
import { expect } from 'vitest';
import { totpAt, totpStep } from '../../../local/emulator/core/totp';
import { signInStepFrom } from '../../../src/features/auth/flow/sign-in-step';
import { saveSignInStep } from '../../../src/features/auth/flow/sign-in-step-store';
import { configureAuth } from '../../../src/lib/auth/configure-auth';
import { type SignInInput, signIn } from '../../../src/lib/auth/sign-in';
import { totpIssuer } from '../../../src/lib/totp/totp-issuer';
import type { SoftAuthenticator } from '../../emulator/support/soft-authenticator';
import { renderApp, testConfig } from '../render-app';
import {
  accessTokenOf,
  startTestCognito,
  TEST_PASSWORD,
  type TestCognito,
} from '../support/test-cognito';
import { inNodeRealm } from './webauthn-in-jsdom';

export { TEST_PASSWORD };

// The first render of a file loads route chunks and the emulator's keys; on a busy 2-core
// machine that can take longer than testing-library's 1 s default.
configure({ asyncUtilTimeout: 5000 });

/** The user the sign-in tests' pools are made for. */
export const EMAIL = 'dana@example.com';

/** The app's config for this pool, plus any overrides (signInFlow, passwordless…). */
export const configFor = (cognito: TestCognito, overrides: Record<string, unknown> = {}) => ({
  ...testConfig,
  ...cognito.config,
  ...overrides,
});

/** Boots the app at `url` against this pool. */
export const renderAt = (
  cognito: TestCognito,
  url: string,
  overrides: Record<string, unknown> = {},
) => renderApp(url, { config: configFor(cognito, overrides) });

/** A pool and one confirmed user with the test password. */
export async function poolWithUser(
  email = EMAIL,
  pool: Record<string, unknown> = {},
  client: Record<string, unknown> = {},
): Promise<TestCognito> {
  const cognito = await startTestCognito(pool, client);
  await cognito.addUser(email);
  return cognito;
}

/** Types into the sign-in form and presses "Sign in". */
export async function submitSignIn(user: UserEvent, email: string, password = TEST_PASSWORD) {
  await user.type(await screen.findByRole('textbox', { name: 'Email' }, { timeout: 5000 }), email);
  if (password) await user.type(screen.getByLabelText('Password'), password);
  await user.click(screen.getByRole('button', { name: 'Sign in' }));
}

/** Waits for the step's heading: the step route has rendered. */
export const findHeading = (name: string | RegExp) =>
  screen.findByRole('heading', { level: 1, name }, { timeout: 5000 });

/** Waits for the home page of a signed-in user. */
export async function expectSignedIn(email: string) {
  // The header may show the user a moment before the app leaves the sign-in pages.
  await expect
    .poll(() => window.location.pathname.startsWith('/sign-in'), { timeout: 5000 })
    .toBe(false);
  const lines = await screen.findAllByText(/signed in as/i, {}, { timeout: 5000 });
  expect(lines.map((line) => line.textContent)).toContain(`Signed in as ${email}`);
}

export const setPoolMfa = (
  cognito: TestCognito,
  mode: 'OFF' | 'ON' | 'OPTIONAL',
  kinds: { totp?: boolean; email?: boolean } = { totp: true, email: true },
) =>
  cognito.emulator.call('SetUserPoolMfaConfig', {
    UserPoolId: cognito.poolId,
    MfaConfiguration: mode,
    SoftwareTokenMfaConfiguration: { Enabled: Boolean(kinds.totp) },
    ...(kinds.email && { EmailMfaConfiguration: {} }),
  });

/** The TOTP code for `secret` at the emulator's clock, `offset` steps of 30 s away. */
export const totpCode = (cognito: TestCognito, secret: string, offset = 0) =>
  totpAt(secret, totpStep(cognito.emulator.now()) + offset);

/** Sets TOTP up for a user the way an app would (associate, verify, prefer); returns the secret. */
export async function seedTotp(cognito: TestCognito, email: string): Promise<string> {
  const AccessToken = await accessTokenOf(cognito, email);
  const { SecretCode } = (await cognito.emulator.call('AssociateSoftwareToken', {
    AccessToken,
  })) as { SecretCode: string };
  await cognito.emulator.call('VerifySoftwareToken', {
    AccessToken,
    UserCode: totpCode(cognito, SecretCode),
  });
  await cognito.emulator.call('AdminSetUserMFAPreference', {
    UserPoolId: cognito.poolId,
    Username: email,
    SoftwareTokenMfaSettings: { Enabled: true, PreferredMfa: true },
  });
  // The code used to verify cannot be replayed; the next one can be used at once.
  cognito.emulator.advanceClock(30);
  return SecretCode;
}

export const enableEmailMfa = (cognito: TestCognito, email: string, preferred = true) =>
  cognito.emulator.call('AdminSetUserMFAPreference', {
    UserPoolId: cognito.poolId,
    Username: email,
    EmailMfaSettings: { Enabled: true, PreferredMfa: preferred },
  });

/** A pool that requires MFA (of `kinds`, as setPoolMfa takes them) and a user with none yet. */
export async function mfaRequiredPool(kinds?: { totp?: boolean; email?: boolean }) {
  const cognito = await poolWithUser(EMAIL, { MfaConfiguration: 'ON' });
  await setPoolMfa(cognito, 'ON', kinds);
  return cognito;
}

/** A pool with optional MFA (both kinds) and a user with none set up yet. */
async function mfaOptionalPool(client: Record<string, unknown> = {}) {
  const cognito = await poolWithUser(EMAIL, { MfaConfiguration: 'OPTIONAL' }, client);
  await setPoolMfa(cognito, 'OPTIONAL');
  return cognito;
}

/** Optional MFA, and a user whose authenticator app is set up and preferred. */
export async function totpUser() {
  const cognito = await mfaOptionalPool();
  const secret = await seedTotp(cognito, EMAIL);
  return { cognito, secret };
}

/** Optional MFA, and a user with email codes on and preferred. */
export async function emailMfaUser(client: Record<string, unknown> = {}) {
  const cognito = await mfaOptionalPool(client);
  await enableEmailMfa(cognito, EMAIL);
  return cognito;
}

/** Registers a passkey for the user directly with the emulator, as another browser would have. */
export async function registerPasskey(
  cognito: TestCognito,
  email: string,
  authenticator: SoftAuthenticator,
) {
  const AccessToken = await accessTokenOf(cognito, email);
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

/** The TOTP setup key the page shows next to the QR code, spaces removed. */
export const shownSecret = () =>
  (document.querySelector('.totp-secret code')?.textContent ?? '').replace(/\s/g, '');

export function lastCode(cognito: TestCognito, email: string, purpose?: string): string {
  const code = cognito.emulator.lastCode(email, purpose);
  if (!code) throw new Error(`no code was sent to ${email}`);
  return code;
}

/**
 * A sign-in already at a step, as after a reload: Amplify's challenge state and our stored
 * step exist, nothing is rendered yet. Returns Amplify's next step.
 */
export async function startSignInAt(
  cognito: TestCognito,
  input: Omit<SignInInput, 'flow'> & { flow?: SignInInput['flow'] },
  redirectTo = '/',
) {
  configureAuth({ ...configFor(cognito), tokenStorage: 'local' });
  const nextStep = await signIn({ flow: 'srp', ...input });
  const issuer = totpIssuer(testConfig.environmentName);
  const step = signInStepFrom(nextStep, input.username, redirectTo, issuer);
  if (!step) throw new Error(`sign-in stopped at ${nextStep.signInStep}, which has no page`);
  saveSignInStep(step);
  return nextStep;
}
