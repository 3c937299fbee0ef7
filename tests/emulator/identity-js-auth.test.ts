import {
  AdminCreateUserCommand,
  AdminDisableUserCommand,
  AdminGetUserCommand,
  AdminResetUserPasswordCommand,
  CreateUserPoolClientCommand,
  GetTokensFromRefreshTokenCommand,
  GetUserCommand,
  SignUpCommand,
} from '@aws-sdk/client-cognito-identity-provider';
import {
  CognitoUserAttribute,
  type CognitoUserSession,
  type ISignUpResult,
} from 'amazon-cognito-identity-js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  authenticate,
  callbacks,
  expectKind,
  identityClient,
  libError,
  nodeStyle,
  type Outcome,
  onSuccess,
  withoutBackoff,
} from './support/identity-js-helpers.ts';
import {
  closePools,
  codeFor,
  createConfirmedUser,
  expectServiceError,
  NEW_PASSWORD,
  PASSWORD,
  passwordSignIn,
  startPools,
  uniqueEmail,
} from './support/sdk-helpers.ts';
import type { TestPool } from './support/stack.ts';

let t: TestPool;
let named: TestPool;
beforeAll(async () => {
  [t, named] = await startPools(
    [{ Schema: [{ Name: 'tenant', AttributeDataType: 'String', Mutable: true }] }],
    [
      {
        UsernameAttributes: [],
        AliasAttributes: ['email'],
        Schema: [{ Name: 'name', AttributeDataType: 'String', Required: true, Mutable: true }],
      },
    ],
  );
});
afterAll(async () => {
  await closePools(t, named);
});

describe('authenticateUser (USER_SRP_AUTH by default)', () => {
  it('signs in with SRP and stores a valid session', async () => {
    const email = uniqueEmail('ij-srp');
    const username = await createConfirmedUser(t, email, { 'custom:tenant': 'acme' });
    const client = identityClient(t);
    const user = client.user(email);
    const { session } = expectKind(await authenticate(user, email, PASSWORD), 'success');
    expect(session.isValid()).toBe(true);
    // The library switches to USER_ID_FOR_SRP: the canonical (UUID) username.
    expect(user.getUsername()).toBe(username);
    expect(session.getAccessToken().payload).toMatchObject({
      username,
      client_id: t.clientId,
      token_use: 'access',
      scope: 'aws.cognito.signin.user.admin',
    });
    expect(session.getIdToken().payload).toMatchObject({
      'cognito:username': username,
      email,
      email_verified: true,
      'custom:tenant': 'acme',
      aud: t.clientId,
    });
    const prefix = `CognitoIdentityServiceProvider.${t.clientId}`;
    expect(client.storage.getItem(`${prefix}.LastAuthUser`)).toBe(username);
    expect(client.storage.getItem(`${prefix}.${username}.accessToken`)).toBe(
      session.getAccessToken().getJwtToken(),
    );
    expect(client.storage.getItem(`${prefix}.${username}.refreshToken`)).toBe(
      session.getRefreshToken().getToken(),
    );
    // The emulator accepts what the library got.
    const me = await t.sdk.send(
      new GetUserCommand({ AccessToken: session.getAccessToken().getJwtToken() }),
    );
    expect(me.Username).toBe(username);
  });

  it('fails with the spec errors: wrong password, unknown user, unconfirmed, disabled, reset required', async () => {
    const email = uniqueEmail('ij-fail');
    await createConfirmedUser(t, email);
    expect(
      await libError(authenticate(identityClient(t).user(email), email, 'Wrong-Passw0rd!')),
    ).toMatchObject({
      code: 'NotAuthorizedException',
      name: 'NotAuthorizedException',
      message: 'Incorrect username or password.',
    });
    // PreventUserExistenceErrors: an unknown user runs the SRP exchange and fails the same way.
    const ghost = 'ghost@example.com';
    expect(
      await libError(authenticate(identityClient(t).user(ghost), ghost, PASSWORD)),
    ).toMatchObject({
      code: 'NotAuthorizedException',
      message: 'Incorrect username or password.',
    });

    const pending = uniqueEmail('ij-unconfirmed');
    await t.sdk.send(
      new SignUpCommand({ ClientId: t.clientId, Username: pending, Password: PASSWORD }),
    );
    expect(
      await libError(authenticate(identityClient(t).user(pending), pending, PASSWORD)),
    ).toMatchObject({
      code: 'UserNotConfirmedException',
      message: 'User is not confirmed.',
    });

    await t.sdk.send(new AdminDisableUserCommand({ UserPoolId: t.poolId, Username: email }));
    expect(
      await libError(authenticate(identityClient(t).user(email), email, PASSWORD)),
    ).toMatchObject({
      code: 'NotAuthorizedException',
      message: 'User is disabled.',
    });

    const reset = uniqueEmail('ij-reset');
    await createConfirmedUser(t, reset);
    await t.sdk.send(new AdminResetUserPasswordCommand({ UserPoolId: t.poolId, Username: reset }));
    expect(
      await libError(authenticate(identityClient(t).user(reset), reset, PASSWORD)),
    ).toMatchObject({
      code: 'PasswordResetRequiredException',
      message: 'Password reset required for the user',
    });
  });

  it('USER_PASSWORD_AUTH when the flow type is switched', async () => {
    const email = uniqueEmail('ij-plain');
    const username = await createConfirmedUser(t, email);
    const user = identityClient(t).user(email);
    user.setAuthenticationFlowType('USER_PASSWORD_AUTH');
    const { session } = expectKind(await authenticate(user, email, PASSWORD), 'success');
    expect(session.getAccessToken().payload.username).toBe(username);
  });

  it('newPasswordRequired → completeNewPasswordChallenge with a required attribute', async () => {
    await named.sdk.send(
      new AdminCreateUserCommand({
        UserPoolId: named.poolId,
        Username: 'nina',
        TemporaryPassword: 'Temp-Passw0rd!',
        MessageAction: 'SUPPRESS',
        UserAttributes: [
          { Name: 'email', Value: 'nina@example.com' },
          { Name: 'email_verified', Value: 'true' },
        ],
      }),
    );
    const user = identityClient(named).user('nina@example.com');
    const challenge = expectKind(
      await authenticate(user, 'nina@example.com', 'Temp-Passw0rd!'),
      'newPasswordRequired',
    );
    expect(challenge.userAttributes).toMatchObject({
      email: 'nina@example.com',
      email_verified: 'true',
    });
    expect(challenge.requiredAttributes).toEqual(['name']);

    const missing = await libError(
      new Promise<Outcome>((resolve, reject) =>
        user.completeNewPasswordChallenge(NEW_PASSWORD, {}, callbacks(resolve, reject)),
      ),
    );
    expect(missing).toMatchObject({
      code: 'InvalidParameterException',
      message: 'Missing required attributes: name',
    });
    const done = expectKind(
      await new Promise<Outcome>((resolve, reject) =>
        user.completeNewPasswordChallenge(
          NEW_PASSWORD,
          { name: 'Nina' },
          callbacks(resolve, reject),
        ),
      ),
      'success',
    );
    expect(done.session.getIdToken().payload).toMatchObject({
      'cognito:username': 'nina',
      name: 'Nina',
    });
    const status = await named.sdk.send(
      new AdminGetUserCommand({ UserPoolId: named.poolId, Username: 'nina' }),
    );
    expect(status.UserStatus).toBe('CONFIRMED');
    expectKind(
      await authenticate(identityClient(named).user('nina'), 'nina', NEW_PASSWORD),
      'success',
    );
  });
});

describe('sessions', () => {
  it('getSession from storage, and a refresh when the cached tokens are stale', async () => {
    const email = uniqueEmail('ij-session');
    const username = await createConfirmedUser(t, email);
    const client = identityClient(t);
    const first = expectKind(
      await authenticate(client.user(email), email, PASSWORD),
      'success',
    ).session;

    // A new page load: the current user comes back from storage with the same tokens.
    const current = client.pool.getCurrentUser();
    expect(current?.getUsername()).toBe(username);
    const cached = await nodeStyle<CognitoUserSession>((cb) => current?.getSession(cb));
    expect(cached.getAccessToken().getJwtToken()).toBe(first.getAccessToken().getJwtToken());

    // Make the cached tokens look expired (as if an hour went by): getSession refreshes.
    client.storage.setItem(
      `CognitoIdentityServiceProvider.${t.clientId}.${username}.clockDrift`,
      '-7200',
    );
    const later = client.pool.getCurrentUser();
    const refreshed = await nodeStyle<CognitoUserSession>((cb) => later?.getSession(cb));
    expect(refreshed.getAccessToken().getJwtToken()).not.toBe(first.getAccessToken().getJwtToken());
    expect(refreshed.getAccessToken().payload.origin_jti).toBe(
      first.getAccessToken().payload.origin_jti,
    );
    expect(refreshed.getRefreshToken().getToken()).toBe(first.getRefreshToken().getToken());
    const me = await t.sdk.send(
      new GetUserCommand({ AccessToken: refreshed.getAccessToken().getJwtToken() }),
    );
    expect(me.Username).toBe(username);

    // refreshSession directly.
    const again = await nodeStyle<CognitoUserSession>((cb) =>
      later?.refreshSession(first.getRefreshToken(), cb),
    );
    expect(again.getIdToken().payload.email).toBe(email);
  });

  it('refreshSession (InitiateAuth REFRESH_TOKEN_AUTH) is refused by a client with refresh token rotation', async () => {
    // The library has no GetTokensFromRefreshToken: against a client set up as deployed
    // (rotation on, no ALLOW_REFRESH_TOKEN_AUTH) it can sign in but never refresh.
    const created = await t.sdk.send(
      new CreateUserPoolClientCommand({
        UserPoolId: t.poolId,
        ClientName: 'rotating-identity-js',
        ExplicitAuthFlows: ['ALLOW_USER_SRP_AUTH', 'ALLOW_USER_AUTH'],
        RefreshTokenRotation: { Feature: 'ENABLED', RetryGracePeriodSeconds: 10 },
      }),
    );
    const clientId = created.UserPoolClient?.ClientId as string;
    const email = uniqueEmail('ij-rotating');
    await createConfirmedUser(t, email);
    const client = identityClient(t, clientId);
    const user = client.user(email);
    const { session } = expectKind(await authenticate(user, email, PASSWORD), 'success');

    // The library retries every failure with backoff (~6 s, skipped here) before it reports it.
    const error = await withoutBackoff(() =>
      libError(
        nodeStyle<CognitoUserSession>((cb) => user.refreshSession(session.getRefreshToken(), cb)),
      ),
    );
    expect(error).toEqual({
      code: 'InvalidParameterException',
      name: 'InvalidParameterException',
      message:
        'REFRESH_TOKEN_AUTH is not supported for app clients with refresh token rotation enabled; use GetTokensFromRefreshToken.',
    });
    // Not a NotAuthorizedException, so the library keeps the user and the tokens it cannot renew.
    expect(client.pool.getCurrentUser()?.getUsername()).toBe(user.getUsername());
    // The refused token is not spent: GetTokensFromRefreshToken still rotates it.
    const rotated = await t.sdk.send(
      new GetTokensFromRefreshTokenCommand({
        ClientId: clientId,
        RefreshToken: session.getRefreshToken().getToken(),
      }),
    );
    expect(rotated.AuthenticationResult?.RefreshToken).toBeTypeOf('string');
    expect(rotated.AuthenticationResult?.RefreshToken).not.toBe(
      session.getRefreshToken().getToken(),
    );
  });

  it('signOut revokes the refresh token (RevokeToken); globalSignOut revokes everything', async () => {
    const email = uniqueEmail('ij-signout');
    await createConfirmedUser(t, email);
    const client = identityClient(t);
    const user = client.user(email);
    const { session } = expectKind(await authenticate(user, email, PASSWORD), 'success');
    const other = await passwordSignIn(t, email);

    await new Promise<void>((resolve, reject) =>
      user.signOut((err?: Error) => (err ? reject(err) : resolve())),
    );
    expect(client.pool.getCurrentUser()).toBeNull();
    await expectServiceError(
      t.sdk.send(
        new GetTokensFromRefreshTokenCommand({
          ClientId: t.clientId,
          RefreshToken: session.getRefreshToken().getToken(),
        }),
      ),
      'NotAuthorizedException',
      'Refresh Token has been revoked',
    );
    await expectServiceError(
      t.sdk.send(new GetUserCommand({ AccessToken: session.getAccessToken().getJwtToken() })),
      'NotAuthorizedException',
      'Access Token has been revoked',
    );
    // Only that sign-in: the other one still works.
    await t.sdk.send(new GetUserCommand({ AccessToken: other.AccessToken }));

    const again = client.user(email);
    expectKind(await authenticate(again, email, PASSWORD), 'success');
    expect(await onSuccess((cb) => again.globalSignOut(cb))).toBe('SUCCESS');
    await expectServiceError(
      t.sdk.send(new GetUserCommand({ AccessToken: other.AccessToken })),
      'NotAuthorizedException',
      'Access Token has been revoked',
    );
  });
});

describe('account operations', () => {
  it('signUp → confirmRegistration, with resendConfirmationCode', async () => {
    const email = uniqueEmail('ij-signup');
    const { pool } = identityClient(t);
    const result = await nodeStyle<ISignUpResult>((cb) =>
      pool.signUp(
        email,
        PASSWORD,
        [new CognitoUserAttribute({ Name: 'custom:tenant', Value: 'beta' })],
        [],
        cb,
      ),
    );
    expect(result.userConfirmed).toBe(false);
    expect(result.userSub).toMatch(/^[0-9a-f-]{36}$/);
    expect(result.codeDeliveryDetails).toEqual({
      AttributeName: 'email',
      DeliveryMedium: 'EMAIL',
      Destination: `${email[0]}***@e***`,
    });
    const duplicate = await libError(nodeStyle((cb) => pool.signUp(email, PASSWORD, [], [], cb)));
    expect(duplicate).toMatchObject({
      code: 'UsernameExistsException',
      message: 'An account with the given email already exists.',
    });

    const resent = await nodeStyle<{ CodeDeliveryDetails: { DeliveryMedium: string } }>((cb) =>
      result.user.resendConfirmationCode(cb),
    );
    expect(resent.CodeDeliveryDetails.DeliveryMedium).toBe('EMAIL');
    const code = codeFor(t.server.emulator, email, 'SIGN_UP');
    const wrong = await libError(
      nodeStyle((cb) =>
        result.user.confirmRegistration(code === '000000' ? '111111' : '000000', false, cb),
      ),
    );
    expect(wrong).toMatchObject({
      code: 'CodeMismatchException',
      message: 'Invalid verification code provided, please try again.',
    });
    expect(await nodeStyle((cb) => result.user.confirmRegistration(code, false, cb))).toBe(
      'SUCCESS',
    );
    const again = await libError(
      nodeStyle((cb) => result.user.confirmRegistration(code, false, cb)),
    );
    expect(again).toMatchObject({
      code: 'NotAuthorizedException',
      message: 'User cannot be confirmed. Current status is CONFIRMED',
    });
    expectKind(await authenticate(identityClient(t).user(email), email, PASSWORD), 'success');
  });

  it('forgotPassword → confirmPassword', async () => {
    const email = uniqueEmail('ij-forgot');
    await createConfirmedUser(t, email);
    const user = identityClient(t).user(email);
    const delivery = await new Promise<{ CodeDeliveryDetails: Record<string, string> }>(
      (resolve, reject) =>
        user.forgotPassword({
          onSuccess: resolve,
          onFailure: reject,
          inputVerificationCode: resolve,
        }),
    );
    expect(delivery.CodeDeliveryDetails).toEqual({
      AttributeName: 'email',
      DeliveryMedium: 'EMAIL',
      Destination: `${email[0]}***@e***`,
    });
    const code = codeFor(t.server.emulator, email, 'FORGOT_PASSWORD');
    const weak = await libError(onSuccess((cb) => user.confirmPassword(code, 'weak', cb)));
    expect(weak).toMatchObject({
      code: 'InvalidPasswordException',
      message: 'Password did not conform with policy: Password not long enough',
    });
    expect(await onSuccess((cb) => user.confirmPassword(code, NEW_PASSWORD, cb))).toBe('SUCCESS');
    expectKind(await authenticate(identityClient(t).user(email), email, NEW_PASSWORD), 'success');
    const old = await libError(authenticate(identityClient(t).user(email), email, PASSWORD));
    expect(old).toMatchObject({
      code: 'NotAuthorizedException',
      message: 'Incorrect username or password.',
    });
  });

  it('changePassword', async () => {
    const email = uniqueEmail('ij-change');
    await createConfirmedUser(t, email);
    const user = identityClient(t).user(email);
    expectKind(await authenticate(user, email, PASSWORD), 'success');
    const wrong = await libError(
      nodeStyle((cb) => user.changePassword('Wrong-Passw0rd!', NEW_PASSWORD, cb)),
    );
    expect(wrong).toMatchObject({
      code: 'NotAuthorizedException',
      message: 'Incorrect username or password.',
    });
    expect(await nodeStyle((cb) => user.changePassword(PASSWORD, NEW_PASSWORD, cb))).toBe(
      'SUCCESS',
    );
    expectKind(await authenticate(identityClient(t).user(email), email, NEW_PASSWORD), 'success');
  });

  it('getUserAttributes / updateAttributes / verifyAttribute / deleteAttributes / deleteUser', async () => {
    const email = uniqueEmail('ij-attrs');
    const username = await createConfirmedUser(t, email, { name: 'Ann' });
    const user = identityClient(t).user(email);
    expectKind(await authenticate(user, email, PASSWORD), 'success');
    const read = async () =>
      Object.fromEntries(
        (await nodeStyle<CognitoUserAttribute[]>((cb) => user.getUserAttributes(cb))).map((a) => [
          a.getName(),
          a.getValue(),
        ]),
      );
    expect(await read()).toMatchObject({
      sub: username,
      email,
      email_verified: 'true',
      name: 'Ann',
    });

    const newEmail = uniqueEmail('ij-attrs-new');
    const details = await new Promise<unknown>((resolve, reject) =>
      user.updateAttributes(
        [
          new CognitoUserAttribute({ Name: 'name', Value: 'Ann B' }),
          new CognitoUserAttribute({ Name: 'email', Value: newEmail }),
          { Name: 'custom:tenant', Value: 'gamma' },
        ],
        (err, result, data) => (err ? reject(err) : resolve({ result, data })),
      ),
    );
    expect(details).toMatchObject({
      result: 'SUCCESS',
      data: { CodeDeliveryDetailsList: [{ AttributeName: 'email', DeliveryMedium: 'EMAIL' }] },
    });
    expect(await read()).toMatchObject({
      email: newEmail,
      email_verified: 'false',
      name: 'Ann B',
      'custom:tenant': 'gamma',
    });

    await new Promise<void>((resolve, reject) =>
      user.getAttributeVerificationCode('email', {
        onSuccess: () => resolve(),
        onFailure: reject,
        inputVerificationCode: () => resolve(),
      }),
    );
    const code = codeFor(t.server.emulator, newEmail, 'VERIFY_email');
    expect(await onSuccess((cb) => user.verifyAttribute('email', code, cb))).toBe('SUCCESS');
    expect((await read()).email_verified).toBe('true');

    expect(await nodeStyle((cb) => user.deleteAttributes(['custom:tenant'], cb))).toBe('SUCCESS');
    expect((await read())['custom:tenant']).toBeUndefined();

    expect(await nodeStyle((cb) => user.deleteUser(cb))).toBe('SUCCESS');
    await expectServiceError(
      t.sdk.send(new AdminGetUserCommand({ UserPoolId: t.poolId, Username: username })),
      'UserNotFoundException',
      'User does not exist.',
    );
  });
});
