import {
  AdminCreateUserCommand,
  AdminSetUserPasswordCommand,
  AuthFlowType,
  CognitoIdentityProviderClient,
  InitiateAuthCommand,
} from '@aws-sdk/client-cognito-identity-provider';

const PASSWORD = 'Load-test-1!';

export interface PoolTarget {
  /** The local emulator's URL. */
  cognito: string;
  userPoolId: string;
  clientId: string;
}

/**
 * Creates `count` confirmed users in the local pool and signs each in (USER_AUTH, password),
 * over the wire as the app would: the access tokens are real ones the API verifies.
 */
export async function signInUsers(target: PoolTarget, count: number): Promise<string[]> {
  const sdk = new CognitoIdentityProviderClient({
    region: 'us-east-1',
    endpoint: target.cognito,
    credentials: { accessKeyId: 'local', secretAccessKey: 'local' },
    maxAttempts: 1,
  });
  try {
    const emails = Array.from({ length: count }, (_, i) => `load-${i + 1}@example.com`);
    return await Promise.all(
      emails.map(async (email) => {
        await sdk.send(
          new AdminCreateUserCommand({
            UserPoolId: target.userPoolId,
            Username: email,
            MessageAction: 'SUPPRESS',
            UserAttributes: [
              { Name: 'email', Value: email },
              { Name: 'email_verified', Value: 'true' },
            ],
          }),
        );
        await sdk.send(
          new AdminSetUserPasswordCommand({
            UserPoolId: target.userPoolId,
            Username: email,
            Password: PASSWORD,
            Permanent: true,
          }),
        );
        const out = await sdk.send(
          new InitiateAuthCommand({
            AuthFlow: AuthFlowType.USER_AUTH,
            ClientId: target.clientId,
            AuthParameters: { USERNAME: email, PREFERRED_CHALLENGE: 'PASSWORD', PASSWORD },
          }),
        );
        const token = out.AuthenticationResult?.AccessToken;
        if (!token)
          throw new Error(`${email} did not get tokens (${out.ChallengeName ?? 'no challenge'})`);
        return token;
      }),
    );
  } finally {
    sdk.destroy();
  }
}
