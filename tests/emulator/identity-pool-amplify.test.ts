import { GetCredentialsForIdentityCommand } from '@aws-sdk/client-cognito-identity';
import { Amplify } from 'aws-amplify';
import { fetchAuthSession, signIn, signOut } from 'aws-amplify/auth';
import { cognitoUserPoolsTokenProvider } from 'aws-amplify/auth/cognito';
import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import {
  type AmplifyPool,
  expectError,
  PASSWORD,
  seedUser,
  sharedPool,
  signOutAfterEach,
  uniqueEmail,
} from './support/amplify.ts';
import { createIdentityPool, identityClient, providerOf } from './support/identity-pool.ts';

signOutAfterEach();

let identityPoolId = '';
let identity: ReturnType<typeof identityClient> | undefined;

afterAll(() => identity?.destroy());

/** Amplify with the pool's identity pool, both endpoints on the emulator. */
function configureWithIdentityPool(t: AmplifyPool): void {
  Amplify.configure({
    Auth: {
      Cognito: {
        userPoolId: t.poolId,
        userPoolClientId: t.clientId,
        identityPoolId,
        userPoolEndpoint: t.server.url,
        identityPoolEndpoint: t.server.url,
      },
    },
  });
  cognitoUserPoolsTokenProvider.setKeyValueStorage(t.storage);
}

async function signInNewUser(t: AmplifyPool): Promise<string> {
  const email = uniqueEmail('files');
  await seedUser(t, email);
  const out = await signIn({
    username: email,
    password: PASSWORD,
    options: { authFlowType: 'USER_PASSWORD_AUTH' },
  });
  expect(out.isSignedIn).toBe(true);
  return email;
}

describe('Amplify fetchAuthSession with an identity pool', () => {
  const pool = sharedPool({}, {}, async (t) => {
    identity = identityClient(t.server.url);
    identityPoolId = await createIdentityPool(identity, t);
  });
  beforeEach(() => configureWithIdentityPool(pool()));

  it('gets the identity id and AWS credentials the emulator issued', async () => {
    const t = pool();
    const email = await signInNewUser(t);
    const session = await fetchAuthSession();
    const { identityId, credentials } = session;
    expect(identityId).toMatch(/^us-east-1:[0-9a-f-]{36}$/);
    expect(credentials?.accessKeyId).toMatch(/^ASIA/);
    expect(credentials?.sessionToken).toBeTypeOf('string');
    const lifetime = (credentials?.expiration?.getTime() ?? 0) - t.server.emulator.now();
    expect(lifetime).toBeGreaterThan(3500_000);
    expect(t.calls.map((c) => c.op)).toEqual(
      expect.arrayContaining(['GetId', 'GetCredentialsForIdentity']),
    );
    expect(t.server.emulator.identityCredentials(credentials?.accessKeyId ?? '')).toMatchObject({
      identityId,
      secretAccessKey: credentials?.secretAccessKey,
      sessionToken: credentials?.sessionToken,
      authenticated: true,
    });

    // The same user, signed in again later, is the same identity.
    await signOut();
    await signIn({
      username: email,
      password: PASSWORD,
      options: { authFlowType: 'USER_PASSWORD_AUTH' },
    });
    expect((await fetchAuthSession()).identityId).toBe(identityId);
  });

  it('gives a signed-out visitor no credentials: the identity pool refuses guests', async () => {
    const t = pool();
    // Without allowGuestAccess Amplify does not even ask.
    expect((await fetchAuthSession()).credentials).toBeUndefined();
    expect(t.calls).toEqual([]);
    Amplify.configure({
      Auth: { Cognito: { ...Amplify.getConfig().Auth?.Cognito, allowGuestAccess: true } },
    } as Parameters<typeof Amplify.configure>[0]);
    cognitoUserPoolsTokenProvider.setKeyValueStorage(t.storage);
    // With it, the identity pool's refusal reaches the app as AWS words it.
    await expectError(
      fetchAuthSession(),
      'NotAuthorizedException',
      'Unauthenticated access is not supported for this identity pool.',
    );
    expect(t.calls).toEqual([{ op: 'GetId', error: 'NotAuthorizedException' }]);
  });

  for (const global of [false, true]) {
    it(`refuses the old ID token after ${global ? 'a global' : 'a'} sign-out (server-side token check)`, async () => {
      const t = pool();
      await signInNewUser(t);
      const { identityId, tokens } = await fetchAuthSession();
      const logins = { [providerOf(t.poolId)]: tokens?.idToken?.toString() ?? '' };
      await signOut({ global });
      await expectError(
        (identity as NonNullable<typeof identity>).send(
          new GetCredentialsForIdentityCommand({ IdentityId: identityId, Logins: logins }),
        ),
        'NotAuthorizedException',
        /^Invalid login token\./,
      );
    });
  }
});
