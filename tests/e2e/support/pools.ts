import type { Stack } from '../../../local/stack/start-stack.ts';

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
    ExplicitAuthFlows: ['ALLOW_USER_SRP_AUTH', 'ALLOW_REFRESH_TOKEN_AUTH'],
    PreventUserExistenceErrors: 'ENABLED',
  })) as { UserPoolClient: { ClientId: string } };
  return { userPoolId: UserPool.Id, userPoolClientId: UserPoolClient.ClientId };
}
