import type { Stack } from '../../../local/stack/start-stack.ts';
import { openPage } from './app-actions.ts';
import type { Harness } from './harness.ts';

let users = 0;
/** An address no other test of the run uses: counted within the file, timed across runs. */
export const freshEmail = (prefix: string) =>
  `${prefix}${++users}.${Date.now() % 100_000}@example.com`;

/** A confirmed user with a verified email and a permanent password in `poolId`. */
export async function addUser(stack: Stack, poolId: string, email: string, password: string) {
  await stack.emulator.call('AdminCreateUser', {
    UserPoolId: poolId,
    Username: email,
    MessageAction: 'SUPPRESS',
    UserAttributes: [
      { Name: 'email', Value: email },
      { Name: 'email_verified', Value: 'true' },
    ],
  });
  await stack.emulator.call('AdminSetUserPassword', {
    UserPoolId: poolId,
    Username: email,
    Password: password,
    Permanent: true,
  });
}

/** A second pool on the same emulator whose MFA is required: sign-in must set MFA up. */
export async function mfaRequiredPool(stack: Stack, kinds: { totp: boolean; email: boolean }) {
  const { UserPool } = (await stack.emulator.call('CreateUserPool', {
    PoolName: `mfa-required-${Date.now()}`,
    UsernameAttributes: ['email'],
    AutoVerifiedAttributes: ['email'],
  })) as { UserPool: { Id: string } };
  await stack.emulator.call('SetUserPoolMfaConfig', {
    UserPoolId: UserPool.Id,
    MfaConfiguration: 'ON',
    SoftwareTokenMfaConfiguration: { Enabled: kinds.totp },
    ...(kinds.email && { EmailMfaConfiguration: {} }),
  });
  const { UserPoolClient } = (await stack.emulator.call('CreateUserPoolClient', {
    UserPoolId: UserPool.Id,
    ClientName: 'web',
    // USER_AUTH for the choice-based sign-in the local config.json uses, SRP for the "srp" flow.
    ExplicitAuthFlows: ['ALLOW_USER_SRP_AUTH', 'ALLOW_USER_AUTH', 'ALLOW_REFRESH_TOKEN_AUTH'],
    PreventUserExistenceErrors: 'ENABLED',
  })) as { UserPoolClient: { ClientId: string } };
  return { userPoolId: UserPool.Id, userPoolClientId: UserPoolClient.ClientId };
}

/**
 * A new user in a new MFA-required pool, and a page whose config.json points at that pool:
 * the user's first sign-in there has to set MFA up.
 */
export async function openPageInMfaRequiredPool(
  e2e: Harness,
  kinds: { totp: boolean; email: boolean },
  password: string,
) {
  const pool = await mfaRequiredPool(e2e.stack, kinds);
  const email = freshEmail('mfa-required');
  await addUser(e2e.stack, pool.userPoolId, email, password);
  return { email, ...(await openPage(e2e, pool)) };
}
