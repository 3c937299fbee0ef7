import { Agent } from 'node:https';
import {
  CognitoIdentityClient,
  GetCredentialsForIdentityCommand,
  GetIdCommand,
} from '@aws-sdk/client-cognito-identity';
import {
  AuthFlowType,
  CognitoIdentityProviderClient,
  InitiateAuthCommand,
} from '@aws-sdk/client-cognito-identity-provider';
import { S3Client } from '@aws-sdk/client-s3';
import type { Stack } from '../../../local/stack/start-stack.ts';

/** What a signed-in user of the local stack holds: their identity and its AWS credentials. */
export interface UserCredentials {
  identityId: string;
  accessKeyId: string;
  secretAccessKey: string;
  sessionToken: string;
}

const fake = { accessKeyId: 'unused', secretAccessKey: 'unused' };

/**
 * Signs `email` in with its password and trades the ID token for AWS credentials, as Amplify
 * does (GetId, then GetCredentialsForIdentity), over the stack's emulator.
 */
export async function userCredentials(
  stack: Pick<Stack, 'urls' | 'pool' | 'identityPool'>,
  email: string,
  password: string,
): Promise<UserCredentials> {
  const idp = new CognitoIdentityProviderClient({
    region: stack.pool.region,
    endpoint: stack.urls.cognito,
    credentials: fake,
    maxAttempts: 1,
  });
  const identity = new CognitoIdentityClient({
    region: stack.pool.region,
    endpoint: stack.urls.cognito,
    credentials: fake,
    maxAttempts: 1,
  });
  try {
    const signedIn = await idp.send(
      new InitiateAuthCommand({
        AuthFlow: AuthFlowType.USER_AUTH,
        ClientId: stack.pool.userPoolClientId,
        AuthParameters: { USERNAME: email, PREFERRED_CHALLENGE: 'PASSWORD', PASSWORD: password },
      }),
    );
    const idToken = signedIn.AuthenticationResult?.IdToken;
    if (!idToken) throw new Error(`${email} did not get tokens (${signedIn.ChallengeName})`);
    const Logins = {
      [`cognito-idp.${stack.pool.region}.amazonaws.com/${stack.pool.userPoolId}`]: idToken,
    };
    const { IdentityId } = await identity.send(
      new GetIdCommand({ IdentityPoolId: stack.identityPool.identityPoolId, Logins }),
    );
    const { Credentials } = await identity.send(
      new GetCredentialsForIdentityCommand({ IdentityId, Logins }),
    );
    if (!IdentityId || !Credentials?.AccessKeyId || !Credentials.SecretKey) {
      throw new Error(`${email} got no AWS credentials`);
    }
    return {
      identityId: IdentityId,
      accessKeyId: Credentials.AccessKeyId,
      secretAccessKey: Credentials.SecretKey,
      sessionToken: Credentials.SessionToken ?? '',
    };
  } finally {
    idp.destroy();
    identity.destroy();
  }
}

/** An S3 client on the stack's local S3, trusting its self-signed certificate. */
export function localS3Client(
  stack: Pick<Stack, 's3'>,
  credentials: UserCredentials,
): S3Client & { close(): void } {
  const agent = new Agent({ ca: stack.s3.certificate });
  const client = new S3Client({
    endpoint: stack.s3.url,
    region: stack.s3.region,
    forcePathStyle: true,
    credentials,
    requestHandler: { httpsAgent: agent },
    // Refusals are what the tests look for; retrying them only slows them down.
    maxAttempts: 1,
  });
  return Object.assign(client, {
    close() {
      client.destroy();
      agent.destroy();
    },
  });
}
