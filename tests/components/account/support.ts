import { configure, screen, within } from '@testing-library/react';
import { confirmSignIn, signIn } from 'aws-amplify/auth';
import { vi } from 'vitest';
import { configureAuth } from '../../../src/lib/auth/configure-auth';
import { SoftAuthenticator } from '../../emulator/support/soft-authenticator';
import { renderApp } from '../render-app';
import { totpCode } from '../sign-in/support';
import { inNodeRealm, installPasskeys } from '../sign-in/webauthn-in-jsdom';
import { configFor, signInAs } from '../support/sign-in-as';
import {
  accessTokenOf,
  startTestCognito,
  TEST_PASSWORD,
  type TestCognito,
} from '../support/test-cognito';

// Each test signs in and boots the whole app; on a busy machine that takes a while.
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
    // USER_PASSWORD_AUTH, as signInAs: SRP's client-side maths is slow and not what is tested here.
    const { nextStep } = await signIn({
      username: EMAIL,
      password: TEST_PASSWORD,
      options: { authFlowType: 'USER_PASSWORD_AUTH' },
    });
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

/** A code for `secret` one 30-second step ahead, so no code is ever replayed. */
export function nextTotp(cognito: TestCognito, secret: string) {
  cognito.emulator.advanceClock(30);
  return totpCode(cognito, secret);
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

/** The user's passkeys as Cognito lists them to an admin-free caller (their own access token). */
export async function passkeyCount(cognito: TestCognito): Promise<number> {
  const { Credentials } = (await cognito.emulator.call('ListWebAuthnCredentials', {
    AccessToken: await accessTokenOf(cognito, EMAIL),
  })) as { Credentials: unknown[] };
  return Credentials.length;
}
