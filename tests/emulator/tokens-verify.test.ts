import { createPrivateKey, sign } from 'node:crypto';
import {
  AdminAddUserToGroupCommand,
  CreateGroupCommand,
  GetUserCommand,
  GlobalSignOutCommand,
} from '@aws-sdk/client-cognito-identity-provider';
import { CognitoJwtVerifier } from 'aws-jwt-verify';
import {
  CognitoJwtInvalidTokenUseError,
  JwtExpiredError,
  JwtInvalidSignatureAlgorithmError,
  JwtInvalidSignatureError,
  JwtParseError,
  KidNotFoundInJwksError,
  ParameterValidationError,
} from 'aws-jwt-verify/error';
import type { JwksCache } from 'aws-jwt-verify/jwk';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  authenticate,
  expectKind,
  identityClient,
  onSuccess,
} from './support/identity-js-helpers.ts';
import {
  claimsOf,
  closePools,
  createConfirmedUser,
  expectServiceError,
  headerOf,
  PASSWORD,
  passwordSignIn,
  startPools,
  uniqueEmail,
} from './support/sdk-helpers.ts';
import type { TestPool } from './support/stack.ts';

type Jwks = Parameters<JwksCache['addJwks']>[1];

let t: TestPool;
let other: TestPool;
let devices: TestPool;
let jwks: Jwks;
beforeAll(async () => {
  // Fresh keys: a forgery below signs with `other`'s private key, which must not be this pool's.
  [t, other, devices] = await startPools(
    [
      {
        Schema: [
          { Name: 'tenant', AttributeDataType: 'String', Mutable: true },
          { Name: 'level', AttributeDataType: 'Number', Mutable: true },
        ],
      },
      {},
      'fresh',
    ],
    [{}, {}, 'fresh'],
    [
      {
        DeviceConfiguration: {
          ChallengeRequiredOnNewDevice: true,
          DeviceOnlyRememberedOnUserPrompt: false,
        },
      },
    ],
  );
  jwks = await fetchJwks(t);
});
afterAll(async () => {
  await closePools(t, other, devices);
});

/** The JWKS as a verifier would download it, but from the emulator over HTTP. */
async function fetchJwks(pool: TestPool): Promise<Jwks> {
  const response = await fetch(`${pool.server.url}/${pool.poolId}/.well-known/jwks.json`);
  expect(response.status).toBe(200);
  return (await response.json()) as Jwks;
}

function verifiers(pool: TestPool, keys: Jwks) {
  const access = CognitoJwtVerifier.create({
    userPoolId: pool.poolId,
    tokenUse: 'access',
    clientId: pool.clientId,
  });
  const id = CognitoJwtVerifier.create({
    userPoolId: pool.poolId,
    tokenUse: 'id',
    clientId: pool.clientId,
  });
  access.cacheJwks(keys);
  id.cacheJwks(keys);
  return { access, id };
}

const b64 = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');

/** Signs header.payload with some pool's private key: a forgery unless it is the right pool's key. */
function signWith(
  pool: TestPool,
  header: Record<string, unknown>,
  payload: Record<string, unknown>,
): string {
  const key = pool.server.emulator.state.pools[pool.poolId]?.keys.access;
  const head = `${b64(header)}.${b64(payload)}`;
  const signature = sign(
    'sha256',
    Buffer.from(head),
    createPrivateKey(key?.privateKeyPem as string),
  );
  return `${head}.${signature.toString('base64url')}`;
}

describe('emulator tokens verify with aws-jwt-verify', () => {
  it('access token: RS256 with a JWKS kid, Cognito issuer, and exactly the access claims', async () => {
    const email = uniqueEmail('jwt');
    const username = await createConfirmedUser(t, email);
    await t.sdk.send(new CreateGroupCommand({ UserPoolId: t.poolId, GroupName: 'editors' }));
    await t.sdk.send(
      new AdminAddUserToGroupCommand({
        UserPoolId: t.poolId,
        Username: username,
        GroupName: 'editors',
      }),
    );
    const tokens = await passwordSignIn(t, email);
    const { access } = verifiers(t, jwks);

    const payload = await access.verify(tokens.AccessToken);
    expect(Object.keys(headerOf(tokens.AccessToken)).sort()).toEqual(['alg', 'kid']);
    expect(headerOf(tokens.AccessToken).alg).toBe('RS256');
    expect(Object.keys(payload).sort()).toEqual(
      [
        'auth_time',
        'client_id',
        'cognito:groups',
        'event_id',
        'exp',
        'iat',
        'iss',
        'jti',
        'origin_jti',
        'scope',
        'sub',
        'token_use',
        'username',
      ].sort(),
    );
    expect(payload).toMatchObject({
      sub: username,
      iss: `https://cognito-idp.us-east-1.amazonaws.com/${t.poolId}`,
      client_id: t.clientId,
      token_use: 'access',
      scope: 'aws.cognito.signin.user.admin',
      username,
      'cognito:groups': ['editors'],
    });
    expect(payload).not.toHaveProperty('aud');
    const uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
    for (const claim of ['jti', 'origin_jti', 'event_id'] as const)
      expect(payload[claim]).toMatch(uuid);
    expect(payload.exp - payload.iat).toBe(3600);
    expect(payload.auth_time).toBeLessThanOrEqual(payload.iat);
    expect(Math.abs(payload.iat - Date.now() / 1000)).toBeLessThan(60);
    // The sync variant works offline too, and the ID token is not an access token.
    expect(access.verifySync(tokens.AccessToken).jti).toBe(payload.jti);
    expect(() => access.verifySync(tokens.IdToken)).toThrow(CognitoJwtInvalidTokenUseError);
  });

  it('ID token: aud, cognito:username, boolean *_verified, string custom:* attributes', async () => {
    const email = uniqueEmail('jwt-id');
    const username = await createConfirmedUser(t, email, {
      phone_number: '+15555550100',
      phone_number_verified: 'false',
      name: 'Ida',
      'custom:tenant': 'acme',
      'custom:level': '7',
    });
    const tokens = await passwordSignIn(t, email);
    const { id } = verifiers(t, jwks);
    const payload = await id.verify(tokens.IdToken);
    expect(payload).toMatchObject({
      sub: username,
      aud: t.clientId,
      iss: `https://cognito-idp.us-east-1.amazonaws.com/${t.poolId}`,
      token_use: 'id',
      'cognito:username': username,
      email,
      email_verified: true,
      phone_number: '+15555550100',
      phone_number_verified: false,
      name: 'Ida',
      'custom:tenant': 'acme',
      'custom:level': '7',
    });
    for (const claim of ['origin_jti', 'event_id', 'jti', 'auth_time', 'iat', 'exp'])
      expect(payload).toHaveProperty(claim);
    expect(payload).not.toHaveProperty('username');
    expect(payload).not.toHaveProperty('client_id');
    expect(payload).not.toHaveProperty('scope');
    expect(payload).not.toHaveProperty('cognito:groups');
    // Both tokens of one sign-in share origin_jti and auth_time.
    const access = claimsOf(tokens.AccessToken);
    expect(payload.origin_jti).toBe(access.origin_jti);
    expect(payload.auth_time).toBe(access.auth_time);
    // A verifier for another client rejects it (aud).
    const wrongClient = CognitoJwtVerifier.create({
      userPoolId: t.poolId,
      tokenUse: 'id',
      clientId: 'someoneelse',
    });
    wrongClient.cacheJwks(jwks);
    expect(() => wrongClient.verifySync(tokens.IdToken)).toThrow(/audience|client/i);
  });

  it('device_key is in the access token after a device sign-in (amazon-cognito-identity-js)', async () => {
    const email = uniqueEmail('jwt-device');
    await createConfirmedUser(devices, email);
    const client = identityClient(devices);
    const user = client.user(email);
    expectKind(await authenticate(user, email, PASSWORD), 'success');
    const { Devices } = await onSuccess<{ Devices: { DeviceKey: string }[] }>((cb) =>
      user.listDevices(10, null, cb),
    );
    const deviceKey = Devices[0]?.DeviceKey;
    expect(deviceKey).toMatch(/^us-east-1_/);
    const second = expectKind(await authenticate(user, email, PASSWORD), 'success');
    const { access } = verifiers(devices, await fetchJwks(devices));
    const payload = await access.verify(second.session.getAccessToken().getJwtToken());
    expect(payload.device_key).toBe(deviceKey);
  });
});

describe('what aws-jwt-verify rejects', () => {
  it('edited payload, edited signature, alg none, expired, another pool', async () => {
    const email = uniqueEmail('jwt-bad');
    await createConfirmedUser(t, email);
    const tokens = await passwordSignIn(t, email);
    const { access } = verifiers(t, jwks);
    const [h, p, s] = tokens.AccessToken.split('.') as [string, string, string];
    const claims = claimsOf(tokens.AccessToken);

    const editedPayload = `${h}.${b64({ ...claims, username: 'admin' })}.${s}`;
    expect(() => access.verifySync(editedPayload)).toThrow(JwtInvalidSignatureError);
    const sig = Buffer.from(s, 'base64url');
    sig[10] = (sig[10] ?? 0) ^ 0xff;
    const editedSignature = `${h}.${p}.${sig.toString('base64url')}`;
    expect(() => access.verifySync(editedSignature)).toThrow(JwtInvalidSignatureError);
    const noneHeader = b64({ alg: 'none', kid: headerOf(tokens.AccessToken).kid });
    const none = `${noneHeader}.${p}.`;
    expect(() => access.verifySync(none)).toThrow(JwtParseError);
    const noneWithJunk = `${noneHeader}.${p}.${s}`;
    expect(() => access.verifySync(noneWithJunk)).toThrow(JwtInvalidSignatureAlgorithmError);

    // Another pool's key: under this pool's kid the signature fails; under its own kid, the kid is unknown.
    const foreignUnderOurKid = signWith(other, headerOf(tokens.AccessToken), claims);
    expect(() => access.verifySync(foreignUnderOurKid)).toThrow(JwtInvalidSignatureError);
    const otherEmail = uniqueEmail('jwt-other');
    await createConfirmedUser(other, otherEmail);
    const otherTokens = await passwordSignIn(other, otherEmail);
    expect(() => access.verifySync(otherTokens.AccessToken)).toThrow(ParameterValidationError);
    expect(() => access.verifySync(otherTokens.AccessToken)).toThrow(/issuer not configured/);
    const foreignUnderItsKid = signWith(other, headerOf(otherTokens.AccessToken), claims);
    expect(() => access.verifySync(foreignUnderItsKid)).toThrow(KidNotFoundInJwksError);

    // The emulator itself rejects every one of these.
    for (const bad of [
      editedPayload,
      editedSignature,
      none,
      noneWithJunk,
      foreignUnderOurKid,
      foreignUnderItsKid,
      otherTokens.IdToken,
    ]) {
      await expectServiceError(
        t.sdk.send(new GetUserCommand({ AccessToken: bad })),
        'NotAuthorizedException',
        'Invalid Access Token',
      );
    }

    // Expired: tokens minted two hours ago (the emulator's clock moved back, then restored).
    t.server.emulator.advanceClock(-7200);
    let old: Awaited<ReturnType<typeof passwordSignIn>>;
    try {
      old = await passwordSignIn(t, email);
    } finally {
      t.server.emulator.advanceClock(7200);
    }
    expect(() => access.verifySync(old.AccessToken)).toThrow(JwtExpiredError);
    await expectServiceError(
      t.sdk.send(new GetUserCommand({ AccessToken: old.AccessToken })),
      'NotAuthorizedException',
      'Access Token has expired',
    );
  });

  it('a revoked token still passes a JWT-only check; only Cognito (GetUser) knows it is revoked', async () => {
    const email = uniqueEmail('jwt-revoked');
    await createConfirmedUser(t, email);
    const tokens = await passwordSignIn(t, email);
    await t.sdk.send(new GlobalSignOutCommand({ AccessToken: tokens.AccessToken }));
    const { access, id } = verifiers(t, jwks);
    // The documented limit of offline verification: signature and expiry are still fine.
    expect((await access.verify(tokens.AccessToken)).username).toBe(
      claimsOf(tokens.AccessToken).username,
    );
    expect((await id.verify(tokens.IdToken)).email).toBe(email);
    await expectServiceError(
      t.sdk.send(new GetUserCommand({ AccessToken: tokens.AccessToken })),
      'NotAuthorizedException',
      'Access Token has been revoked',
    );
  });
});
