import {
  AdminCreateUserCommand,
  AdminDisableUserCommand,
  AdminEnableUserCommand,
  AdminGetUserCommand,
  AdminResetUserPasswordCommand,
  CreateUserPoolClientCommand,
  InitiateAuthCommand,
  SignUpCommand,
} from '@aws-sdk/client-cognito-identity-provider';
import {
  confirmResetPassword,
  confirmSignIn,
  fetchAuthSession,
  fetchUserAttributes,
  getCurrentUser,
  signIn,
  signOut,
} from 'aws-amplify/auth';
import { describe, expect, it } from 'vitest';
import {
  claimsOf,
  configureAmplify,
  expectError,
  NEW_PASSWORD,
  PASSWORD,
  seedUser,
  sharedPool,
  signOutAfterEach,
  uniqueEmail,
} from './support/amplify.ts';

signOutAfterEach();

const PASSWORD_AUTH = { authFlowType: 'USER_PASSWORD_AUTH' } as const;
const INCORRECT = 'Incorrect username or password.';
const FLOWS = [
  ['USER_SRP_AUTH', {}],
  ['USER_PASSWORD_AUTH', PASSWORD_AUTH],
] as const;

describe('Amplify signIn against the emulator', () => {
  const pool = sharedPool();

  it('USER_SRP_AUTH (the default) signs in and stores Cognito-shaped tokens', async () => {
    const t = pool();
    const email = uniqueEmail('srp');
    const username = await seedUser(t, email, { attributes: { name: 'Ann' } });
    const result = await signIn({ username: email, password: PASSWORD });
    expect(result).toEqual({ isSignedIn: true, nextStep: { signInStep: 'DONE' } });

    const { tokens } = await fetchAuthSession();
    const access = claimsOf(tokens?.accessToken);
    const id = claimsOf(tokens?.idToken);
    const iss = `https://cognito-idp.us-east-1.amazonaws.com/${t.poolId}`;
    expect(access).toMatchObject({
      sub: username,
      username,
      iss,
      client_id: t.clientId,
      token_use: 'access',
      scope: 'aws.cognito.signin.user.admin',
    });
    expect(access.origin_jti).toEqual(expect.any(String));
    expect(access).not.toHaveProperty('aud');
    expect(Number(access.exp) - Number(access.iat)).toBe(3600);
    expect(id).toMatchObject({
      sub: username,
      aud: t.clientId,
      iss,
      token_use: 'id',
      'cognito:username': username,
      email,
      email_verified: true,
      name: 'Ann',
      origin_jti: access.origin_jti,
    });
    expect(t.storage.find('refreshToken')).toEqual(expect.any(String));
    expect(await getCurrentUser()).toEqual({
      username,
      userId: username,
      signInDetails: { loginId: email, authFlowType: 'USER_SRP_AUTH' },
    });
  });

  it('USER_PASSWORD_AUTH signs in too', async () => {
    const t = pool();
    const email = uniqueEmail('pw');
    const username = await seedUser(t, email);
    expect(await signIn({ username: email, password: PASSWORD, options: PASSWORD_AUTH })).toEqual({
      isSignedIn: true,
      nextStep: { signInStep: 'DONE' },
    });
    expect((await getCurrentUser()).signInDetails).toEqual({
      loginId: email,
      authFlowType: 'USER_PASSWORD_AUTH',
    });
    expect(await fetchUserAttributes()).toMatchObject({
      sub: username,
      email,
      email_verified: 'true',
    });
  });

  it('refuses a second signIn while signed in', async () => {
    const t = pool();
    const email = uniqueEmail('again');
    await seedUser(t, email);
    await signIn({ username: email, password: PASSWORD, options: PASSWORD_AUTH });
    await expectError(
      signIn({ username: email, password: PASSWORD, options: PASSWORD_AUTH }),
      'UserAlreadyAuthenticatedException',
      'There is already a signed in user.',
    );
  });

  for (const [flow, options] of FLOWS) {
    it(`${flow}: a wrong password and an unknown user get the same NotAuthorizedException`, async () => {
      const t = pool();
      const email = uniqueEmail('wrong');
      await seedUser(t, email);
      await expectError(
        signIn({ username: email, password: 'Wr0ng-password!', options }),
        'NotAuthorizedException',
        INCORRECT,
      );
      await expectError(
        signIn({ username: uniqueEmail('nobody'), password: PASSWORD, options }),
        'NotAuthorizedException',
        INCORRECT,
      );
      await expect(getCurrentUser()).rejects.toMatchObject({
        name: 'UserUnAuthenticatedException',
      });
    });

    it(`${flow}: an unconfirmed user is sent to CONFIRM_SIGN_UP`, async () => {
      const t = pool();
      const email = uniqueEmail('unconfirmed');
      await t.sdk.send(
        new SignUpCommand({ ClientId: t.clientId, Username: email, Password: PASSWORD }),
      );
      expect(await signIn({ username: email, password: PASSWORD, options })).toEqual({
        isSignedIn: false,
        nextStep: { signInStep: 'CONFIRM_SIGN_UP' },
      });
      // The password is still checked first: a wrong one does not reveal the account state.
      await expectError(
        signIn({ username: email, password: 'Wr0ng-password!', options }),
        'NotAuthorizedException',
        INCORRECT,
      );
    });

    it(`${flow}: a disabled user gets "User is disabled."`, async () => {
      const t = pool();
      const email = uniqueEmail('disabled');
      await seedUser(t, email);
      await t.sdk.send(new AdminDisableUserCommand({ UserPoolId: t.poolId, Username: email }));
      await expectError(
        signIn({ username: email, password: PASSWORD, options }),
        'NotAuthorizedException',
        'User is disabled.',
      );
      await t.sdk.send(new AdminEnableUserCommand({ UserPoolId: t.poolId, Username: email }));
      expect(
        (await signIn({ username: email, password: PASSWORD, options: PASSWORD_AUTH })).isSignedIn,
      ).toBe(true);
    });
  }

  it('after AdminResetUserPassword: RESET_PASSWORD, then confirmResetPassword with the sent code', async () => {
    const t = pool();
    const email = uniqueEmail('reset');
    await seedUser(t, email);
    await t.sdk.send(new AdminResetUserPasswordCommand({ UserPoolId: t.poolId, Username: email }));
    for (const [, options] of FLOWS) {
      expect(await signIn({ username: email, password: PASSWORD, options })).toEqual({
        isSignedIn: false,
        nextStep: { signInStep: 'RESET_PASSWORD' },
      });
    }
    await confirmResetPassword({
      username: email,
      confirmationCode: t.lastCode(email, 'FORGOT_PASSWORD'),
      newPassword: NEW_PASSWORD,
    });
    const user = await t.sdk.send(
      new AdminGetUserCommand({ UserPoolId: t.poolId, Username: email }),
    );
    expect(user.UserStatus).toBe('CONFIRMED');
    await expectError(
      signIn({ username: email, password: PASSWORD, options: PASSWORD_AUTH }),
      'NotAuthorizedException',
      INCORRECT,
    );
    expect((await signIn({ username: email, password: NEW_PASSWORD })).nextStep.signInStep).toBe(
      'DONE',
    );
  });

  it('locks the account after 5 wrong passwords ("Password attempts exceeded"), even for the right one', async () => {
    const t = pool();
    const email = uniqueEmail('lock');
    await seedUser(t, email);
    for (let attempt = 1; attempt <= 4; attempt += 1) {
      await expectError(
        signIn({ username: email, password: `Wr0ng-${attempt}!`, options: PASSWORD_AUTH }),
        'NotAuthorizedException',
        INCORRECT,
      );
    }
    await expectError(
      signIn({ username: email, password: 'Wr0ng-5!', options: PASSWORD_AUTH }),
      'NotAuthorizedException',
      'Password attempts exceeded',
    );
    await expectError(
      signIn({ username: email, password: PASSWORD, options: PASSWORD_AUTH }),
      'NotAuthorizedException',
      'Password attempts exceeded',
    );
    // SRP is locked as well: the proof is never even checked.
    await expectError(
      signIn({ username: email, password: PASSWORD }),
      'NotAuthorizedException',
      'Password attempts exceeded',
    );
    t.advance(15 * 60 + 1);
    expect(
      (await signIn({ username: email, password: PASSWORD, options: PASSWORD_AUTH })).isSignedIn,
    ).toBe(true);
  });

  it('a LEGACY client reveals an unknown user as UserNotFoundException', async () => {
    const t = pool();
    const legacy = await t.sdk.send(
      new CreateUserPoolClientCommand({
        UserPoolId: t.poolId,
        ClientName: 'legacy',
        ExplicitAuthFlows: [
          'ALLOW_USER_SRP_AUTH',
          'ALLOW_USER_PASSWORD_AUTH',
          'ALLOW_REFRESH_TOKEN_AUTH',
        ],
        PreventUserExistenceErrors: 'LEGACY',
      }),
    );
    configureAmplify(t, legacy.UserPoolClient?.ClientId);
    for (const [, options] of FLOWS) {
      await expectError(
        signIn({ username: uniqueEmail('nobody'), password: PASSWORD, options }),
        'UserNotFoundException',
        'User does not exist.',
      );
    }
    // A known user with a wrong password is still just "incorrect".
    const email = uniqueEmail('legacy');
    await seedUser(t, email);
    await expectError(
      signIn({ username: email, password: 'Wr0ng-password!', options: PASSWORD_AUTH }),
      'NotAuthorizedException',
      INCORRECT,
    );
  });

  it('a client without USER_PASSWORD_AUTH refuses that flow', async () => {
    const t = pool();
    const srpOnly = await t.sdk.send(
      new CreateUserPoolClientCommand({
        UserPoolId: t.poolId,
        ClientName: 'srp-only',
        ExplicitAuthFlows: ['ALLOW_USER_SRP_AUTH'],
      }),
    );
    configureAmplify(t, srpOnly.UserPoolClient?.ClientId);
    const email = uniqueEmail('srponly');
    await seedUser(t, email);
    await expectError(
      signIn({ username: email, password: PASSWORD, options: PASSWORD_AUTH }),
      'InvalidParameterException',
      'USER_PASSWORD_AUTH flow not enabled for this client',
    );
  });
});

describe('Amplify NEW_PASSWORD_REQUIRED against the emulator', () => {
  // `name` is required by the schema but AdminCreateUser may leave it out: the user supplies it.
  const pool = sharedPool({
    Schema: [{ Name: 'name', AttributeDataType: 'String', Required: true, Mutable: true }],
  });

  async function invite(email: string, attributes: Record<string, string> = {}) {
    const created = await pool().sdk.send(
      new AdminCreateUserCommand({
        UserPoolId: pool().poolId,
        Username: email,
        TemporaryPassword: 'Temp-Passw0rd!',
        MessageAction: 'SUPPRESS',
        UserAttributes: Object.entries({ email_verified: 'true', ...attributes }).map(
          ([Name, Value]) => ({ Name, Value }),
        ),
      }),
    );
    return created.User?.Username as string;
  }

  it('asks for a new password and the missing required attribute, then signs in', async () => {
    const email = uniqueEmail('invited');
    const username = await invite(email);
    const first = await signIn({ username: email, password: 'Temp-Passw0rd!' });
    expect(first).toEqual({
      isSignedIn: false,
      nextStep: {
        signInStep: 'CONFIRM_SIGN_IN_WITH_NEW_PASSWORD_REQUIRED',
        missingAttributes: ['name'],
      },
    });
    // The policy still applies to the new password; the challenge can be answered again.
    await expectError(
      confirmSignIn({ challengeResponse: 'weak', options: { userAttributes: { name: 'Ann' } } }),
      'InvalidPasswordException',
      'Password did not conform with policy: Password not long enough',
    );
    const done = await confirmSignIn({
      challengeResponse: NEW_PASSWORD,
      options: { userAttributes: { name: 'Ann' } },
    });
    expect(done).toEqual({ isSignedIn: true, nextStep: { signInStep: 'DONE' } });
    const { tokens } = await fetchAuthSession();
    expect(claimsOf(tokens?.idToken)).toMatchObject({ sub: username, name: 'Ann', email });
    const user = await pool().sdk.send(
      new AdminGetUserCommand({ UserPoolId: pool().poolId, Username: email }),
    );
    expect(user.UserStatus).toBe('CONFIRMED');
    await signOut();
    await expectError(
      signIn({ username: email, password: 'Temp-Passw0rd!', options: PASSWORD_AUTH }),
      'NotAuthorizedException',
      INCORRECT,
    );
    expect(
      (await signIn({ username: email, password: NEW_PASSWORD, options: PASSWORD_AUTH }))
        .isSignedIn,
    ).toBe(true);
  });

  it('asks for no attributes when the required ones are set (USER_PASSWORD_AUTH)', async () => {
    const email = uniqueEmail('invited-named');
    await invite(email, { name: 'Bo' });
    const first = await signIn({
      username: email,
      password: 'Temp-Passw0rd!',
      options: PASSWORD_AUTH,
    });
    expect(first.nextStep).toEqual({
      signInStep: 'CONFIRM_SIGN_IN_WITH_NEW_PASSWORD_REQUIRED',
      missingAttributes: [],
    });
    expect(await confirmSignIn({ challengeResponse: NEW_PASSWORD })).toEqual({
      isSignedIn: true,
      nextStep: { signInStep: 'DONE' },
    });
  });

  it('an expired challenge session is "Invalid session for the user, session is expired."', async () => {
    const t = pool();
    const email = uniqueEmail('slow');
    await invite(email, { name: 'Cy' });
    await signIn({ username: email, password: 'Temp-Passw0rd!', options: PASSWORD_AUTH });
    t.advance(200);
    // Someone else starting a sign-in meanwhile (a new challenge session) must not change the answer.
    const third = uniqueEmail('third');
    await invite(third, { name: 'Di' });
    const started = await t.sdk.send(
      new InitiateAuthCommand({
        ClientId: t.clientId,
        AuthFlow: 'USER_PASSWORD_AUTH',
        AuthParameters: { USERNAME: third, PASSWORD: 'Temp-Passw0rd!' },
      }),
    );
    expect(started.ChallengeName).toBe('NEW_PASSWORD_REQUIRED');
    await expectError(
      confirmSignIn({ challengeResponse: NEW_PASSWORD }),
      'NotAuthorizedException',
      'Invalid session for the user, session is expired.',
    );
  });
});
