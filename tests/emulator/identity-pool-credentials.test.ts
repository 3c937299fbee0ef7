import {
  type CognitoIdentityClient,
  DescribeIdentityCommand,
  GetCredentialsForIdentityCommand,
  GetIdCommand,
  GetOpenIdTokenCommand,
  ListIdentitiesCommand,
} from '@aws-sdk/client-cognito-identity';
import {
  AdminDeleteUserCommand,
  AdminDisableUserCommand,
  GlobalSignOutCommand,
} from '@aws-sdk/client-cognito-identity-provider';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createEmulator } from '../../local/emulator/core/emulator.ts';
import { createPoolKey, signJwt, verifyJwt } from '../../local/emulator/core/jwt.ts';
import type { EmulatorState } from '../../local/emulator/core/types.ts';
import {
  AUTHENTICATED_ROLE,
  createIdentityPool,
  GUEST_ROLE,
  identityClient,
  providerOf,
} from './support/identity-pool.ts';
import {
  addPool,
  claimsOf,
  createConfirmedUser,
  expectServiceError,
  passwordSignIn,
  uniqueEmail,
} from './support/sdk-helpers.ts';
import { startTestPool, type TestPool } from './support/stack.ts';

let t: TestPool;
let identity: CognitoIdentityClient;
/** No guests, server-side token check: the deployed configuration. */
let identityPoolId: string;

beforeAll(async () => {
  t = await startTestPool();
  identity = identityClient(t.server.url);
  identityPoolId = await createIdentityPool(identity, t);
});

afterAll(async () => {
  identity?.destroy();
  await t?.close();
});

/** A new confirmed user, signed in: their ID and access tokens and Logins map. */
async function signedIn(pool: Pick<TestPool, 'poolId' | 'clientId'> & TestPool = t) {
  const email = uniqueEmail('identity');
  const username = await createConfirmedUser(pool, email);
  const tokens = await passwordSignIn(pool, email);
  return {
    email,
    username,
    tokens,
    logins: { [providerOf(pool.poolId)]: tokens.IdToken },
  };
}

const getId = (logins?: Record<string, string>, poolId = identityPoolId) =>
  identity.send(new GetIdCommand({ IdentityPoolId: poolId, Logins: logins }));

const credentialsFor = (IdentityId: string, Logins?: Record<string, string>) =>
  identity.send(new GetCredentialsForIdentityCommand({ IdentityId, Logins }));

describe('GetId and GetCredentialsForIdentity', () => {
  it('gives a user one identity and an hour of credentials the emulator can look up', async () => {
    const user = await signedIn();
    const { IdentityId } = await getId(user.logins);
    expect(IdentityId).toMatch(
      /^us-east-1:[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/,
    );
    // The same user (sub), signed in again, gets the same identity.
    const again = await passwordSignIn(t, user.email);
    expect((await getId({ [providerOf(t.poolId)]: again.IdToken })).IdentityId).toBe(IdentityId);
    expect((await getId((await signedIn()).logins)).IdentityId).not.toBe(IdentityId);

    const out = await credentialsFor(IdentityId as string, user.logins);
    const { AccessKeyId, SecretKey, SessionToken, Expiration } = out.Credentials ?? {};
    expect(out.IdentityId).toBe(IdentityId);
    expect(AccessKeyId).toMatch(/^ASIA[A-Z2-7]{16}$/);
    expect(SecretKey).toHaveLength(40);
    expect(SessionToken?.length).toBeGreaterThan(100);
    const now = t.server.emulator.now();
    expect(Expiration?.getTime()).toBeGreaterThan(now + 3590_000);
    expect(Expiration?.getTime()).toBeLessThanOrEqual(now + 3600_000);

    expect(t.server.emulator.identityCredentials(AccessKeyId as string)).toEqual({
      accessKeyId: AccessKeyId,
      secretAccessKey: SecretKey,
      sessionToken: SessionToken,
      expiresAt: Expiration?.getTime(),
      identityId: IdentityId,
      identityPoolId,
      roleArn: AUTHENTICATED_ROLE,
      authenticated: true,
    });
    expect(t.server.emulator.identityCredentials('ASIAUNKNOWNKEY000000')).toBeUndefined();

    const described = await identity.send(new DescribeIdentityCommand({ IdentityId }));
    expect(described.Logins).toEqual([providerOf(t.poolId)]);
    const listed = await identity.send(
      new ListIdentitiesCommand({ IdentityPoolId: identityPoolId, MaxResults: 60 }),
    );
    expect(listed.Identities?.map((i) => i.IdentityId)).toContain(IdentityId);
  });

  it('refuses guests unless the pool allows them, and needs a role for each kind', async () => {
    await expectServiceError(
      getId(undefined),
      'NotAuthorizedException',
      'Unauthenticated access is not supported for this identity pool.',
    );
    const guests = await createIdentityPool(
      identity,
      t,
      { IdentityPoolName: 'guests', AllowUnauthenticatedIdentities: true },
      { authenticated: AUTHENTICATED_ROLE },
    );
    const guest = (await getId(undefined, guests)).IdentityId as string;
    // Each guest GetId is a new identity; a guest needs the unauthenticated role.
    expect((await getId(undefined, guests)).IdentityId).not.toBe(guest);
    await expectServiceError(
      credentialsFor(guest),
      'InvalidIdentityPoolConfigurationException',
      'Invalid identity pool configuration. Check assigned IAM roles for this pool.',
    );
    const roleless = await createIdentityPool(identity, t, { IdentityPoolName: 'roleless' }, {});
    const user = await signedIn();
    const id = (await getId(user.logins, roleless)).IdentityId as string;
    await expectServiceError(
      credentialsFor(id, user.logins),
      'InvalidIdentityPoolConfigurationException',
      'Invalid identity pool configuration. Check assigned IAM roles for this pool.',
    );
  });

  it('gives a guest of a guest pool the unauthenticated role', async () => {
    const guests = await createIdentityPool(
      identity,
      t,
      { IdentityPoolName: 'guests-with-role', AllowUnauthenticatedIdentities: true },
      { authenticated: AUTHENTICATED_ROLE, unauthenticated: GUEST_ROLE },
    );
    const guest = (await getId(undefined, guests)).IdentityId as string;
    const out = await credentialsFor(guest);
    expect(
      t.server.emulator.identityCredentials(out.Credentials?.AccessKeyId as string),
    ).toMatchObject({
      identityId: guest,
      roleArn: GUEST_ROLE,
      authenticated: false,
    });
  });

  it('checks the login: provider, token kind, audience, signature and expiry', async () => {
    const user = await signedIn();
    const provider = providerOf(t.poolId);
    await expectServiceError(
      getId({ [providerOf('us-east-1_Unknown1')]: user.tokens.IdToken }),
      'NotAuthorizedException',
      'Token is not from a supported provider of this identity pool.',
    );
    await expectServiceError(
      getId({ [provider]: user.tokens.AccessToken }),
      'NotAuthorizedException',
      'Invalid login token. Missing a required claim: aud',
    );
    await expectServiceError(
      getId({ [provider]: 'not-a-jwt' }),
      'NotAuthorizedException',
      'Invalid login token. Not a valid OpenId Connect identity token.',
    );
    // A forgery: this pool's claims and key id, another key's signature.
    const claims = claimsOf(user.tokens.IdToken);
    const kid = JSON.parse(
      Buffer.from(user.tokens.IdToken.split('.')[0] ?? '', 'base64url').toString(),
    ).kid;
    const forged = signJwt({ ...createPoolKey(), kid }, { ...claims, sub: 'someone-else' });
    await expectServiceError(
      getId({ [provider]: forged }),
      'NotAuthorizedException',
      "Invalid login token. Couldn't verify signed token.",
    );
    // Another app client of the same user pool is not a provider of this identity pool.
    const other = await addPool(t);
    const otherUser = await signedIn(other);
    await expectServiceError(
      getId({ [provider]: otherUser.tokens.IdToken }),
      'NotAuthorizedException',
      "Invalid login token. Issuer doesn't match providerName",
    );
    t.server.emulator.advanceClock(3601);
    try {
      await expectServiceError(
        getId(user.logins),
        'NotAuthorizedException',
        /^Invalid login token\. Token expired: \d+ >= \d+$/,
      );
    } finally {
      t.server.emulator.advanceClock(-3601);
    }
  });

  it('refuses a token for an app client the provider does not list', async () => {
    const other = await addPool(t);
    const both = await createIdentityPool(identity, t, {
      IdentityPoolName: 'one-client',
      CognitoIdentityProviders: [
        { ProviderName: providerOf(other.poolId), ClientId: 'someotherclient' },
      ],
    });
    const user = await signedIn(other);
    await expectServiceError(
      getId(user.logins, both),
      'NotAuthorizedException',
      'Token is not from a supported provider of this identity pool.',
    );
  });

  it('with server-side token check, refuses a signed-out, disabled or deleted user', async () => {
    const unchecked = await createIdentityPool(identity, t, {
      IdentityPoolName: 'unchecked',
      CognitoIdentityProviders: [
        { ProviderName: providerOf(t.poolId), ClientId: t.clientId, ServerSideTokenCheck: false },
      ],
    });
    const signedOut = await signedIn();
    const id = (await getId(signedOut.logins)).IdentityId as string;
    await t.sdk.send(new GlobalSignOutCommand({ AccessToken: signedOut.tokens.AccessToken }));
    await expectServiceError(
      credentialsFor(id, signedOut.logins),
      'NotAuthorizedException',
      /^Invalid login token\./,
    );
    // GetId hands out neither token nor credentials: AWS documents the check for those only.
    expect((await getId(signedOut.logins)).IdentityId).toBe(id);
    // Without the check, the identity pool trusts the unexpired token.
    const uncheckedId = (await getId(signedOut.logins, unchecked)).IdentityId as string;
    expect((await credentialsFor(uncheckedId, signedOut.logins)).Credentials).toBeDefined();

    const disabled = await signedIn();
    const disabledId = (await getId(disabled.logins)).IdentityId as string;
    await t.sdk.send(
      new AdminDisableUserCommand({ UserPoolId: t.poolId, Username: disabled.username }),
    );
    await expectServiceError(
      credentialsFor(disabledId, disabled.logins),
      'NotAuthorizedException',
      /^Invalid login token\./,
    );

    const deleted = await signedIn();
    const deletedId = (await getId(deleted.logins)).IdentityId as string;
    await t.sdk.send(
      new AdminDeleteUserCommand({ UserPoolId: t.poolId, Username: deleted.username }),
    );
    await expectServiceError(
      credentialsFor(deletedId, deleted.logins),
      'NotAuthorizedException',
      /^Invalid login token\./,
    );
  });

  it('keeps identities apart: logins must match, and a linked login is a conflict', async () => {
    const alice = await signedIn();
    const bob = await signedIn();
    const aliceId = (await getId(alice.logins)).IdentityId as string;
    await getId(bob.logins);
    await expectServiceError(
      credentialsFor(aliceId),
      'NotAuthorizedException',
      "Logins don't match. Please include at least one valid login for this identity or identity pool.",
    );
    await expectServiceError(credentialsFor(aliceId, bob.logins), 'ResourceConflictException');
    await expectServiceError(
      credentialsFor('us-east-1:00000000-0000-0000-0000-000000000000', alice.logins),
      'ResourceNotFoundException',
      "Identity 'us-east-1:00000000-0000-0000-0000-000000000000' not found.",
    );
    await expectServiceError(
      getId(alice.logins, 'us-east-1:00000000-0000-0000-0000-00000000000f'),
      'ResourceNotFoundException',
      "IdentityPool 'us-east-1:00000000-0000-0000-0000-00000000000f' not found.",
    );
  });
});

describe('GetOpenIdToken', () => {
  it("issues cognito-identity's 10-minute OpenID token for the user's identity", async () => {
    const user = await signedIn();
    const id = (await getId(user.logins)).IdentityId as string;
    const out = await identity.send(
      new GetOpenIdTokenCommand({ IdentityId: id, Logins: user.logins }),
    );
    expect(out.IdentityId).toBe(id);
    const claims = claimsOf(out.Token);
    const provider = providerOf(t.poolId);
    expect(claims).toMatchObject({
      iss: 'https://cognito-identity.amazonaws.com',
      sub: id,
      aud: identityPoolId,
      amr: [
        'authenticated',
        provider,
        `${provider}:CognitoSignIn:${claimsOf(user.tokens.IdToken).sub}`,
      ],
    });
    expect(Number(claims.exp) - Number(claims.iat)).toBe(600);
    const key = t.server.emulator.state.identitySigningKey;
    expect(key && verifyJwt(key, out.Token as string)).toBe(true);
    await expectServiceError(
      identity.send(new GetOpenIdTokenCommand({ IdentityId: id })),
      'NotAuthorizedException',
      "Logins don't match. Please include at least one valid login for this identity or identity pool.",
    );
  });
});

describe('persisted state', () => {
  it('survives JSON and loads state saved before identity pools existed', async () => {
    const user = await signedIn();
    const id = (await getId(user.logins)).IdentityId as string;
    const key = (await credentialsFor(id, user.logins)).Credentials?.AccessKeyId as string;
    const saved = JSON.parse(JSON.stringify(t.server.emulator.state)) as EmulatorState;
    expect(createEmulator({ state: saved }).identityCredentials(key)?.identityId).toBe(id);

    const { identityPools: _pools, identityCredentials: _keys, ...older } = saved;
    const restored = createEmulator({ state: older as EmulatorState });
    expect(restored.identityCredentials(key)).toBeUndefined();
    await expect(
      restored.call('ListIdentityPools', { MaxResults: 10 }, { service: 'cognito-identity' }),
    ).resolves.toEqual({ IdentityPools: [] });
  });
});
