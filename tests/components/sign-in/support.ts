import { configure, screen } from '@testing-library/react';
import type { UserEvent } from '@testing-library/user-event';
import { expect } from 'vitest';
import { totpAt, totpStep } from '../../../local/emulator/core/totp';
import { configureAuth } from '../../../src/features/auth/api/configure-auth';
import { type SignInInput, signIn } from '../../../src/features/auth/api/sign-in';
import { saveSignInStep } from '../../../src/features/auth/flow/sign-in-step-store';
import { renderApp, testConfig } from '../render-app';
import { startTestCognito, TEST_PASSWORD, type TestCognito } from '../support/test-cognito';

export { TEST_PASSWORD };

// The first render of a file loads route chunks and the emulator's keys; on a busy 2-core
// machine that can take longer than testing-library's 1 s default.
configure({ asyncUtilTimeout: 5000 });

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
  email = 'dana@example.com',
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
  const auth = (await cognito.emulator.call('InitiateAuth', {
    ClientId: cognito.clientId,
    AuthFlow: 'USER_PASSWORD_AUTH',
    AuthParameters: { USERNAME: email, PASSWORD: TEST_PASSWORD },
  })) as { AuthenticationResult: { AccessToken: string } };
  const AccessToken = auth.AuthenticationResult.AccessToken;
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
  saveSignInStep(nextStep, input.username, redirectTo);
  return nextStep;
}
