import { signIn } from 'aws-amplify/auth';
import { configureAuth } from '../../../src/lib/auth/configure-auth';
import { testConfig } from '../render-app';
import { TEST_PASSWORD, type TestCognito } from './test-cognito';

/** The app config for a test pool: pass it to renderApp so the app and the sign-in agree. */
export const configFor = (cognito: TestCognito, overrides: Record<string, unknown> = {}) => ({
  ...testConfig,
  ...cognito.config,
  ...overrides,
});

/**
 * Signs `email` in with Amplify (against the emulator through MSW) before the app renders, so a
 * test starts on a signed-in page without typing into the sign-in form. Returns the config to
 * render the app with. USER_PASSWORD_AUTH rather than the app's SRP: Amplify's SRP costs a
 * couple of hundred milliseconds of pure-JS bignum maths, and the tests that start here are not
 * about signing in (the sign-in tests sign in through the form, with SRP).
 */
export async function signInAs(
  cognito: TestCognito,
  email: string,
  overrides: Record<string, unknown> = {},
) {
  const config = configFor(cognito, overrides);
  configureAuth(config);
  const { nextStep } = await signIn({
    username: email,
    password: TEST_PASSWORD,
    options: { authFlowType: 'USER_PASSWORD_AUTH' },
  });
  if (nextStep.signInStep !== 'DONE') {
    throw new Error(`signInAs(${email}) stopped at ${nextStep.signInStep}`);
  }
  return config;
}
