import {
  AdminDisableUserCommand,
  CreateUserPoolClientCommand,
  type CreateUserPoolClientCommandInput,
  GetTokensFromRefreshTokenCommand,
  GetUserCommand,
  InitiateAuthCommand,
} from '@aws-sdk/client-cognito-identity-provider';
import {
  fetchAuthSession,
  fetchUserAttributes,
  getCurrentUser,
  signIn,
  signOut,
} from 'aws-amplify/auth';
import { Hub } from 'aws-amplify/utils';
import { describe, expect, it, onTestFinished, vi } from 'vitest';
import {
  type AmplifyPool,
  claimsOf,
  configureAmplify,
  expectError,
  PASSWORD,
  rejection,
  seedUser,
  sharedPool,
  signOutAfterEach,
  uniqueEmail,
} from './support/amplify.ts';

signOutAfterEach();

const PASSWORD_AUTH = { authFlowType: 'USER_PASSWORD_AUTH' } as const;

async function addClient(
  t: AmplifyPool,
  input: Partial<CreateUserPoolClientCommandInput>,
): Promise<string> {
  const created = await t.sdk.send(
    new CreateUserPoolClientCommand({
      UserPoolId: t.poolId,
      ClientName: 'extra',
      ExplicitAuthFlows: [
        'ALLOW_USER_SRP_AUTH',
        'ALLOW_USER_PASSWORD_AUTH',
        'ALLOW_REFRESH_TOKEN_AUTH',
      ],
      ...input,
    }),
  );
  return created.UserPoolClient?.ClientId as string;
}

async function signedInUser(t: AmplifyPool): Promise<{ email: string; username: string }> {
  const email = uniqueEmail('session');
  const username = await seedUser(t, email);
  expect(
    (await signIn({ username: email, password: PASSWORD, options: PASSWORD_AUTH })).isSignedIn,
  ).toBe(true);
  return { email, username };
}

async function currentTokens() {
  const { tokens } = await fetchAuthSession();
  if (!tokens?.idToken) throw new Error('no tokens');
  return { access: tokens.accessToken.toString(), id: tokens.idToken.toString() };
}

/** Collects Amplify's auth Hub events during a test. */
function hubEvents() {
  const events: { event: string; error?: { name: string; message: string } }[] = [];
  const stop = Hub.listen('auth', ({ payload }) => {
    const data = (payload as { data?: { error?: { name: string; message: string } } }).data;
    events.push({
      event: payload.event,
      ...(data?.error ? { error: { name: data.error.name, message: data.error.message } } : {}),
    });
  });
  onTestFinished(stop);
  return events;
}

describe('Amplify sessions: refresh, rotation, sign-out, revocation', () => {
  const pool = sharedPool();

  it('fetchAuthSession({forceRefresh}) gets new tokens of the same sign-in', async () => {
    const t = pool();
    const events = hubEvents();
    const { username } = await signedInUser(t);
    const before = await currentTokens();
    const refreshTokenBefore = t.storage.find('refreshToken');

    const { tokens } = await fetchAuthSession({ forceRefresh: true });
    const access = claimsOf(tokens?.accessToken);
    const old = claimsOf(before.access);
    expect(tokens?.accessToken.toString()).not.toBe(before.access);
    expect(tokens?.idToken?.toString()).not.toBe(before.id);
    expect(access.jti).not.toBe(old.jti);
    expect(access).toMatchObject({
      origin_jti: old.origin_jti,
      auth_time: old.auth_time,
      username,
      token_use: 'access',
    });
    expect(claimsOf(tokens?.idToken)).toMatchObject({
      origin_jti: old.origin_jti,
      'cognito:username': username,
    });
    expect(t.calls.at(-1)).toEqual({ op: 'GetTokensFromRefreshToken' });
    // Without rotation the refresh token stays the same.
    expect(t.storage.find('refreshToken')).toBe(refreshTokenBefore);
    expect(events.map((e) => e.event)).toContain('tokenRefresh');
    expect((await fetchUserAttributes()).sub).toBe(username);
  });

  it('refreshes on its own when the access token is about to expire (seconds-long validity)', async () => {
    const t = pool();
    const shortLived = await addClient(t, {
      AccessTokenValidity: 10,
      IdTokenValidity: 10,
      TokenValidityUnits: { AccessToken: 'seconds', IdToken: 'seconds' },
    });
    configureAmplify(t, shortLived);
    // Amplify judges expiry by its own Date.now() (5 s early); the in-process emulator shares the faked clock.
    vi.useFakeTimers({ toFake: ['Date'], now: Date.now() });
    try {
      await signedInUser(t);
      const first = await currentTokens();
      const claims = claimsOf(first.access);
      expect(Number(claims.exp) - Number(claims.iat)).toBe(10);
      expect((await currentTokens()).access).toBe(first.access);
      vi.setSystemTime(Date.now() + 6_000);
      const second = await currentTokens();
      expect(second.access).not.toBe(first.access);
      expect(Number(claimsOf(second.access).iat)).toBe(Number(claims.iat) + 6);
      expect(claimsOf(second.access).origin_jti).toBe(claims.origin_jti);
    } finally {
      vi.useRealTimers();
    }
  });

  it('with refresh token rotation Amplify stores each new refresh token; a replayed old one is refused', async () => {
    const t = pool();
    const rotating = await addClient(t, {
      RefreshTokenRotation: { Feature: 'ENABLED', RetryGracePeriodSeconds: 0 },
    });
    configureAmplify(t, rotating);
    await signedInUser(t);
    const first = t.storage.find('refreshToken');
    await fetchAuthSession({ forceRefresh: true });
    const second = t.storage.find('refreshToken');
    await fetchAuthSession({ forceRefresh: true });
    const third = t.storage.find('refreshToken');
    expect(new Set([first, second, third]).size).toBe(3);

    const error = await rejection(
      t.sdk.send(new GetTokensFromRefreshTokenCommand({ ClientId: rotating, RefreshToken: first })),
    );
    expect(error.name).toBe('RefreshTokenReuseException');
    expect(error.message).toEqual(expect.any(String));
  });

  it('refreshes against a rotating client without ALLOW_REFRESH_TOKEN_AUTH, as deployed', async () => {
    const t = pool();
    const events = hubEvents();
    const deployedLike = await addClient(t, {
      ExplicitAuthFlows: ['ALLOW_USER_SRP_AUTH', 'ALLOW_USER_AUTH'],
      RefreshTokenRotation: { Feature: 'ENABLED', RetryGracePeriodSeconds: 10 },
    });
    configureAmplify(t, deployedLike);
    const email = uniqueEmail('deployed-like');
    const username = await seedUser(t, email);
    // Amplify's default flow, USER_SRP_AUTH.
    expect((await signIn({ username: email, password: PASSWORD })).isSignedIn).toBe(true);
    const before = await currentTokens();
    const first = t.storage.find('refreshToken');

    const { tokens } = await fetchAuthSession({ forceRefresh: true });
    expect(tokens?.accessToken.toString()).not.toBe(before.access);
    expect(claimsOf(tokens?.accessToken)).toMatchObject({
      origin_jti: claimsOf(before.access).origin_jti,
      client_id: deployedLike,
      username,
    });
    const second = t.storage.find('refreshToken');
    await fetchAuthSession({ forceRefresh: true });
    const third = t.storage.find('refreshToken');
    expect(new Set([first, second, third]).size).toBe(3);

    const refreshes = t.calls.filter((c) => c.op === 'GetTokensFromRefreshToken');
    expect(refreshes).toEqual([
      { op: 'GetTokensFromRefreshToken' },
      { op: 'GetTokensFromRefreshToken' },
    ]);
    expect(t.calls.some((c) => c.detail?.startsWith('REFRESH_TOKEN'))).toBe(false);
    expect(events.filter((e) => e.event === 'tokenRefresh')).toHaveLength(2);
    expect(events.map((e) => e.event)).not.toContain('tokenRefresh_failure');
    expect((await fetchUserAttributes()).email).toBe(email);
  });

  it('signOut() revokes the refresh token (RevokeToken) and with it the access token', async () => {
    const t = pool();
    await signedInUser(t);
    const { access } = await currentTokens();
    const refreshToken = t.storage.find('refreshToken');
    expect(claimsOf(access).origin_jti).toEqual(expect.any(String));

    await signOut();
    expect(t.calls.at(-1)).toEqual({ op: 'RevokeToken' });
    expect(t.storage.find('refreshToken')).toBeUndefined();
    expect(t.storage.find('accessToken')).toBeUndefined();
    await expect(getCurrentUser()).rejects.toMatchObject({ name: 'UserUnAuthenticatedException' });
    await expectError(
      t.sdk.send(
        new GetTokensFromRefreshTokenCommand({ ClientId: t.clientId, RefreshToken: refreshToken }),
      ),
      'NotAuthorizedException',
      'Refresh Token has been revoked',
    );
    await expectError(
      t.sdk.send(new GetUserCommand({ AccessToken: access })),
      'NotAuthorizedException',
      'Access Token has been revoked',
    );
  });

  it('signOut({global:true}) (GlobalSignOut) ends every session of the user', async () => {
    const t = pool();
    const { email } = await signedInUser(t);
    const { access } = await currentTokens();
    const elsewhere = await t.sdk.send(
      new InitiateAuthCommand({
        ClientId: t.clientId,
        AuthFlow: 'USER_PASSWORD_AUTH',
        AuthParameters: { USERNAME: email, PASSWORD },
      }),
    );
    const other = elsewhere.AuthenticationResult;

    await signOut({ global: true });
    expect(t.calls.at(-1)).toEqual({ op: 'GlobalSignOut' });
    expect(t.storage.find('accessToken')).toBeUndefined();
    for (const token of [access, other?.AccessToken]) {
      await expectError(
        t.sdk.send(new GetUserCommand({ AccessToken: token })),
        'NotAuthorizedException',
        'Access Token has been revoked',
      );
    }
    await expectError(
      t.sdk.send(
        new GetTokensFromRefreshTokenCommand({
          ClientId: t.clientId,
          RefreshToken: other?.RefreshToken,
        }),
      ),
      'NotAuthorizedException',
      'Refresh Token has been revoked',
    );
  });

  it('a disabled user: the next refresh fails with "User is disabled." and Amplify drops the session', async () => {
    const t = pool();
    const events = hubEvents();
    const { email } = await signedInUser(t);
    await t.sdk.send(new AdminDisableUserCommand({ UserPoolId: t.poolId, Username: email }));

    const session = await fetchAuthSession({ forceRefresh: true });
    expect(session.tokens).toBeUndefined();
    expect(events).toContainEqual({
      event: 'tokenRefresh_failure',
      error: { name: 'NotAuthorizedException', message: 'User is disabled.' },
    });
    expect(t.storage.find('accessToken')).toBeUndefined();
    expect(t.storage.find('refreshToken')).toBeUndefined();
    await expect(getCurrentUser()).rejects.toMatchObject({ name: 'UserUnAuthenticatedException' });
  });

  it('an access token the emulator considers expired is refused; a refresh fixes it', async () => {
    const t = pool();
    const { username } = await signedInUser(t);
    // Only the emulator's clock moves: Amplify still thinks its token is fresh (clock skew).
    t.advance(3601);
    await expectError(fetchUserAttributes(), 'NotAuthorizedException', 'Access Token has expired');
    await fetchAuthSession({ forceRefresh: true });
    expect((await fetchUserAttributes()).sub).toBe(username);
  });

  it('an expired refresh token (30 days) ends the session', async () => {
    const t = pool();
    const events = hubEvents();
    await signedInUser(t);
    t.advance(30 * 86400 + 1);
    expect((await fetchAuthSession({ forceRefresh: true })).tokens).toBeUndefined();
    expect(events).toContainEqual({
      event: 'tokenRefresh_failure',
      error: { name: 'NotAuthorizedException', message: 'Refresh Token has expired' },
    });
  });
});
