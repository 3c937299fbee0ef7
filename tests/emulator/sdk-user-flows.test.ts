import {
  AdminGetUserCommand,
  ChangePasswordCommand,
  ConfirmForgotPasswordCommand,
  ConfirmSignUpCommand,
  CreateUserPoolClientCommand,
  DeleteUserAttributesCommand,
  DeleteUserCommand,
  type ExplicitAuthFlowsType,
  ForgotPasswordCommand,
  GetTokensFromRefreshTokenCommand,
  GetUserAttributeVerificationCodeCommand,
  GetUserCommand,
  GlobalSignOutCommand,
  InitiateAuthCommand,
  ResendConfirmationCodeCommand,
  RespondToAuthChallengeCommand,
  RevokeTokenCommand,
  SignUpCommand,
  UpdateUserAttributesCommand,
  UpdateUserPoolClientCommand,
  VerifyUserAttributeCommand,
} from '@aws-sdk/client-cognito-identity-provider';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  addPool,
  attributesOf,
  claimsOf,
  codeFor,
  createConfirmedUser,
  expectServiceError,
  NEW_PASSWORD,
  PASSWORD,
  passwordSignIn,
  uniqueEmail,
} from './support/sdk-helpers.ts';
import { startTestPool, type TestPool } from './support/stack.ts';

/** The emulator's refusal of REFRESH_TOKEN_AUTH with rotation on (Cognito's own text is unverified). */
const REFRESH_TOKEN_AUTH_WITH_ROTATION =
  'REFRESH_TOKEN_AUTH is not supported for app clients with refresh token rotation enabled; use GetTokensFromRefreshToken.';

let t: TestPool;
let rotating: string;
let graceless: string;
beforeAll(async () => {
  t = await startTestPool({
    Policies: { SignInPolicy: { AllowedFirstAuthFactors: ['PASSWORD', 'EMAIL_OTP'] } },
    Schema: [{ Name: 'tenant', AttributeDataType: 'String', Mutable: true }],
  });
  const make = async (grace: number) =>
    (
      await t.sdk.send(
        new CreateUserPoolClientCommand({
          UserPoolId: t.poolId,
          ClientName: `rotating-${grace}`,
          ExplicitAuthFlows: ['ALLOW_USER_PASSWORD_AUTH', 'ALLOW_REFRESH_TOKEN_AUTH'],
          RefreshTokenRotation: { Feature: 'ENABLED', RetryGracePeriodSeconds: grace },
        }),
      )
    ).UserPoolClient?.ClientId as string;
  rotating = await make(10);
  graceless = await make(0);
});
afterAll(async () => {
  await t.close();
});

const auth = (input: ConstructorParameters<typeof InitiateAuthCommand>[0]) =>
  t.sdk.send(new InitiateAuthCommand(input));
const respond = (input: ConstructorParameters<typeof RespondToAuthChallengeCommand>[0]) =>
  t.sdk.send(new RespondToAuthChallengeCommand(input));

describe('sign-up', () => {
  it('SignUp → ConfirmSignUp, with ResendConfirmationCode and single-use codes', async () => {
    const email = uniqueEmail('signup');
    const out = await t.sdk.send(
      new SignUpCommand({
        ClientId: t.clientId,
        Username: email,
        Password: PASSWORD,
        UserAttributes: [
          { Name: 'name', Value: 'Sam' },
          { Name: 'custom:tenant', Value: 'acme' },
        ],
      }),
    );
    expect(out.UserConfirmed).toBe(false);
    expect(out.UserSub).toMatch(/^[0-9a-f-]{36}$/);
    expect(out.Session).toBeTypeOf('string');
    expect(out.CodeDeliveryDetails).toEqual({
      Destination: `${email[0]}***@e***`,
      DeliveryMedium: 'EMAIL',
      AttributeName: 'email',
    });
    const first = codeFor(t.server.emulator, email, 'SIGN_UP');

    // Not confirmed yet: the right password meets UserNotConfirmedException, a wrong one does not.
    await expectServiceError(
      passwordSignIn(t, email),
      'UserNotConfirmedException',
      'User is not confirmed.',
    );
    await expectServiceError(
      passwordSignIn(t, email, 'Wrong-Passw0rd!'),
      'NotAuthorizedException',
      'Incorrect username or password.',
    );
    await expectServiceError(
      t.sdk.send(new SignUpCommand({ ClientId: t.clientId, Username: email, Password: PASSWORD })),
      'UsernameExistsException',
      'An account with the given email already exists.',
    );

    const resent = await t.sdk.send(
      new ResendConfirmationCodeCommand({ ClientId: t.clientId, Username: email }),
    );
    expect(resent.CodeDeliveryDetails).toMatchObject({
      DeliveryMedium: 'EMAIL',
      AttributeName: 'email',
    });
    const second = codeFor(t.server.emulator, email, 'SIGN_UP');
    const signUpCodes = t.server.emulator
      .outbox({ username: email })
      .filter((e) => e.purpose === 'SIGN_UP');
    expect(signUpCodes).toHaveLength(2);

    const wrong = second === '000000' ? '111111' : '000000';
    await expectServiceError(
      t.sdk.send(
        new ConfirmSignUpCommand({
          ClientId: t.clientId,
          Username: email,
          ConfirmationCode: wrong,
        }),
      ),
      'CodeMismatchException',
      'Invalid verification code provided, please try again.',
    );
    if (first !== second) {
      await expectServiceError(
        t.sdk.send(
          new ConfirmSignUpCommand({
            ClientId: t.clientId,
            Username: email,
            ConfirmationCode: first,
          }),
        ),
        'CodeMismatchException',
        'Invalid verification code provided, please try again.',
      );
    }
    const confirmed = await t.sdk.send(
      new ConfirmSignUpCommand({ ClientId: t.clientId, Username: email, ConfirmationCode: second }),
    );
    expect(confirmed.Session).toBeTypeOf('string');
    await expectServiceError(
      t.sdk.send(
        new ConfirmSignUpCommand({
          ClientId: t.clientId,
          Username: email,
          ConfirmationCode: second,
        }),
      ),
      'NotAuthorizedException',
      'User cannot be confirmed. Current status is CONFIRMED',
    );
    await expectServiceError(
      t.sdk.send(new ResendConfirmationCodeCommand({ ClientId: t.clientId, Username: email })),
      'InvalidParameterException',
      'User is already confirmed.',
    );

    const user = await t.sdk.send(
      new AdminGetUserCommand({ UserPoolId: t.poolId, Username: email }),
    );
    expect(user.UserStatus).toBe('CONFIRMED');
    expect(user.UserAttributes).toEqual(
      expect.arrayContaining([
        { Name: 'email_verified', Value: 'true' },
        { Name: 'custom:tenant', Value: 'acme' },
      ]),
    );

    // The ConfirmSignUp Session signs straight in with USER_AUTH (Amplify's autoSignIn), once.
    const auto = await auth({
      AuthFlow: 'USER_AUTH',
      ClientId: t.clientId,
      AuthParameters: { USERNAME: email },
      Session: confirmed.Session,
    });
    expect(claimsOf(auto.AuthenticationResult?.IdToken)).toMatchObject({
      email,
      email_verified: true,
      name: 'Sam',
    });
    await expectServiceError(
      auth({
        AuthFlow: 'USER_AUTH',
        ClientId: t.clientId,
        AuthParameters: { USERNAME: email },
        Session: confirmed.Session,
      }),
      'NotAuthorizedException',
      'Invalid session for the user.',
    );
  });

  it('rejects passwords that break the policy and attributes outside the schema', async () => {
    await expectServiceError(
      t.sdk.send(
        new SignUpCommand({
          ClientId: t.clientId,
          Username: uniqueEmail('weak'),
          Password: 'Passw0rdx',
        }),
      ),
      'InvalidPasswordException',
      'Password did not conform with policy: Password must have symbol characters',
    );
    await expectServiceError(
      t.sdk.send(
        new SignUpCommand({
          ClientId: t.clientId,
          Username: uniqueEmail('schema'),
          Password: PASSWORD,
          UserAttributes: [{ Name: 'custom:unknown', Value: 'x' }],
        }),
      ),
      'InvalidParameterException',
      'Attribute does not exist in the schema: custom:unknown',
    );
  });

  it('sign-up codes expire after 24 hours', async () => {
    const email = uniqueEmail('expiring');
    await t.sdk.send(
      new SignUpCommand({ ClientId: t.clientId, Username: email, Password: PASSWORD }),
    );
    const code = codeFor(t.server.emulator, email, 'SIGN_UP');
    t.server.emulator.advanceClock(24 * 3600 + 1);
    await expectServiceError(
      t.sdk.send(
        new ConfirmSignUpCommand({ ClientId: t.clientId, Username: email, ConfirmationCode: code }),
      ),
      'ExpiredCodeException',
      'Invalid code provided, please request a code again.',
    );
  });
});

describe('USER_AUTH (choice-based sign-in)', () => {
  it('SELECT_CHALLENGE lists AvailableChallenges; EMAIL_OTP signs in with the mailed code', async () => {
    const email = uniqueEmail('otp');
    const username = await createConfirmedUser(t, email);
    const start = await auth({
      AuthFlow: 'USER_AUTH',
      ClientId: t.clientId,
      AuthParameters: { USERNAME: email },
    });
    expect(start.ChallengeName).toBe('SELECT_CHALLENGE');
    expect(start.AvailableChallenges).toEqual(['EMAIL_OTP', 'PASSWORD', 'PASSWORD_SRP']);
    expect(start.ChallengeParameters?.USERNAME).toBe(username);

    const otp = await respond({
      ClientId: t.clientId,
      ChallengeName: 'SELECT_CHALLENGE',
      Session: start.Session,
      ChallengeResponses: { USERNAME: username, ANSWER: 'EMAIL_OTP' },
    });
    expect(otp.ChallengeName).toBe('EMAIL_OTP');
    expect(otp.ChallengeParameters).toMatchObject({
      CODE_DELIVERY_DELIVERY_MEDIUM: 'EMAIL',
      CODE_DELIVERY_DESTINATION: `${email[0]}***@e***`,
    });
    expect(otp.Session).not.toBe(start.Session);
    const code = codeFor(t.server.emulator, email, 'SIGN_IN_EMAIL_OTP');
    const wrong = code === '000000' ? '111111' : '000000';
    await expectServiceError(
      respond({
        ClientId: t.clientId,
        ChallengeName: 'EMAIL_OTP',
        Session: otp.Session,
        ChallengeResponses: { USERNAME: username, EMAIL_OTP_CODE: wrong },
      }),
      'CodeMismatchException',
      'Invalid code or auth state for the user.',
    );
    const done = await respond({
      ClientId: t.clientId,
      ChallengeName: 'EMAIL_OTP',
      Session: otp.Session,
      ChallengeResponses: { USERNAME: username, EMAIL_OTP_CODE: code },
    });
    expect(claimsOf(done.AuthenticationResult?.AccessToken).username).toBe(username);

    // The session and the code were single-use.
    await expectServiceError(
      respond({
        ClientId: t.clientId,
        ChallengeName: 'EMAIL_OTP',
        Session: otp.Session,
        ChallengeResponses: { USERNAME: username, EMAIL_OTP_CODE: code },
      }),
      'NotAuthorizedException',
      'Invalid session for the user.',
    );
  });

  it('PREFERRED_CHALLENGE PASSWORD and SELECT_CHALLENGE ANSWER PASSWORD end in tokens', async () => {
    const email = uniqueEmail('pref');
    const username = await createConfirmedUser(t, email);
    const direct = await auth({
      AuthFlow: 'USER_AUTH',
      ClientId: t.clientId,
      AuthParameters: { USERNAME: email, PREFERRED_CHALLENGE: 'PASSWORD', PASSWORD },
    });
    expect(direct.ChallengeName).toBeUndefined();
    expect(claimsOf(direct.AuthenticationResult?.AccessToken).username).toBe(username);

    const start = await auth({
      AuthFlow: 'USER_AUTH',
      ClientId: t.clientId,
      AuthParameters: { USERNAME: email },
    });
    await expectServiceError(
      respond({
        ClientId: t.clientId,
        ChallengeName: 'SELECT_CHALLENGE',
        Session: start.Session,
        ChallengeResponses: { USERNAME: username, ANSWER: 'PASSWORD', PASSWORD: 'Wrong-Passw0rd!' },
      }),
      'NotAuthorizedException',
      'Incorrect username or password.',
    );
    const again = await auth({
      AuthFlow: 'USER_AUTH',
      ClientId: t.clientId,
      AuthParameters: { USERNAME: email },
    });
    const done = await respond({
      ClientId: t.clientId,
      ChallengeName: 'SELECT_CHALLENGE',
      Session: again.Session,
      ChallengeResponses: { USERNAME: username, ANSWER: 'PASSWORD', PASSWORD },
    });
    expect(claimsOf(done.AuthenticationResult?.IdToken).email).toBe(email);
  });

  it('an unknown user gets the same SELECT_CHALLENGE (no user existence leak)', async () => {
    const start = await auth({
      AuthFlow: 'USER_AUTH',
      ClientId: t.clientId,
      AuthParameters: { USERNAME: 'ghost@example.com' },
    });
    expect(start.ChallengeName).toBe('SELECT_CHALLENGE');
    expect(start.AvailableChallenges).toEqual(['PASSWORD', 'PASSWORD_SRP']);
    await expectServiceError(
      respond({
        ClientId: t.clientId,
        ChallengeName: 'SELECT_CHALLENGE',
        Session: start.Session,
        ChallengeResponses: { USERNAME: 'ghost@example.com', ANSWER: 'PASSWORD', PASSWORD },
      }),
      'NotAuthorizedException',
      'Incorrect username or password.',
    );
  });

  it('EMAIL_OTP codes expire after 3 minutes, with the session', async () => {
    const email = uniqueEmail('otp-expiry');
    const username = await createConfirmedUser(t, email);
    const otp = await auth({
      AuthFlow: 'USER_AUTH',
      ClientId: t.clientId,
      AuthParameters: { USERNAME: email, PREFERRED_CHALLENGE: 'EMAIL_OTP' },
    });
    expect(otp.ChallengeName).toBe('EMAIL_OTP');
    const code = codeFor(t.server.emulator, email, 'SIGN_IN_EMAIL_OTP');
    t.server.emulator.advanceClock(181);
    await expectServiceError(
      respond({
        ClientId: t.clientId,
        ChallengeName: 'EMAIL_OTP',
        Session: otp.Session,
        ChallengeResponses: { USERNAME: username, EMAIL_OTP_CODE: code },
      }),
      'NotAuthorizedException',
      'Invalid session for the user, session is expired.',
    );
  });
});

describe('USER_AUTH with SMS_OTP (a code texted to the verified phone)', () => {
  const PHONE = '+15555550123';
  let sms: TestPool;
  let longSession: string;
  beforeAll(async () => {
    sms = await addPool(t, {
      Policies: { SignInPolicy: { AllowedFirstAuthFactors: ['PASSWORD', 'EMAIL_OTP', 'SMS_OTP'] } },
    });
    // Sessions outlive the 3-minute code here, so an expired code is told apart from an expired session.
    longSession = (
      await t.sdk.send(
        new CreateUserPoolClientCommand({
          UserPoolId: sms.poolId,
          ClientName: 'long-session',
          ExplicitAuthFlows: ['ALLOW_USER_AUTH', 'ALLOW_REFRESH_TOKEN_AUTH'],
          AuthSessionValidity: 15,
        }),
      )
    ).UserPoolClient?.ClientId as string;
  });

  const phoneUser = (prefix: string, verified = 'true') => {
    const email = uniqueEmail(prefix);
    return createConfirmedUser(sms, email, {
      phone_number: PHONE,
      phone_number_verified: verified,
    }).then((username) => ({ email, username }));
  };

  const startSmsOtp = async (email: string, clientId = sms.clientId) => {
    const otp = await auth({
      AuthFlow: 'USER_AUTH',
      ClientId: clientId,
      AuthParameters: { USERNAME: email, PREFERRED_CHALLENGE: 'SMS_OTP' },
    });
    expect(otp.ChallengeName).toBe('SMS_OTP');
    return { otp, code: codeFor(t.server.emulator, email, 'SIGN_IN_SMS_OTP') };
  };

  const answer = (
    session: string | undefined,
    username: string,
    code: string,
    clientId = sms.clientId,
  ) =>
    respond({
      ClientId: clientId,
      ChallengeName: 'SMS_OTP',
      Session: session,
      ChallengeResponses: { USERNAME: username, SMS_OTP_CODE: code },
    });

  it('PREFERRED_CHALLENGE SMS_OTP texts a code to the phone; SMS_OTP_CODE ends in tokens', async () => {
    const { email, username } = await phoneUser('sms');
    const { otp, code } = await startSmsOtp(email);
    expect(otp.ChallengeParameters).toMatchObject({
      USERNAME: username,
      CODE_DELIVERY_DELIVERY_MEDIUM: 'SMS',
      CODE_DELIVERY_DESTINATION: '+*******0123',
    });
    const sent = t.server.emulator.outbox({ username: email }).at(-1);
    expect(sent).toMatchObject({ medium: 'SMS', destination: PHONE, purpose: 'SIGN_IN_SMS_OTP' });

    const done = await answer(otp.Session, username, code);
    expect(done.ChallengeName).toBeUndefined();
    expect(claimsOf(done.AuthenticationResult?.AccessToken).username).toBe(username);
    expect(claimsOf(done.AuthenticationResult?.IdToken)).toMatchObject({
      phone_number: PHONE,
      phone_number_verified: true,
    });
  });

  it('SELECT_CHALLENGE offers SMS_OTP for a verified phone; ANSWER SMS_OTP texts the code', async () => {
    const { email, username } = await phoneUser('sms-select');
    const start = await auth({
      AuthFlow: 'USER_AUTH',
      ClientId: sms.clientId,
      AuthParameters: { USERNAME: email },
    });
    expect(start.ChallengeName).toBe('SELECT_CHALLENGE');
    expect([...(start.AvailableChallenges ?? [])].sort()).toEqual([
      'EMAIL_OTP',
      'PASSWORD',
      'PASSWORD_SRP',
      'SMS_OTP',
    ]);

    const otp = await respond({
      ClientId: sms.clientId,
      ChallengeName: 'SELECT_CHALLENGE',
      Session: start.Session,
      ChallengeResponses: { USERNAME: username, ANSWER: 'SMS_OTP' },
    });
    expect(otp.ChallengeName).toBe('SMS_OTP');
    expect(otp.ChallengeParameters).toMatchObject({
      CODE_DELIVERY_DELIVERY_MEDIUM: 'SMS',
      CODE_DELIVERY_DESTINATION: '+*******0123',
    });
    expect(otp.Session).not.toBe(start.Session);
    expect(t.server.emulator.outbox({ username: email }).at(-1)?.medium).toBe('SMS');

    const code = codeFor(t.server.emulator, email, 'SIGN_IN_SMS_OTP');
    const done = await answer(otp.Session, username, code);
    expect(claimsOf(done.AuthenticationResult?.AccessToken).username).toBe(username);
  });

  it('a phone that is not verified is not offered, and PREFERRED_CHALLENGE SMS_OTP falls back to SELECT_CHALLENGE', async () => {
    const { email } = await phoneUser('sms-unverified', 'false');
    const start = await auth({
      AuthFlow: 'USER_AUTH',
      ClientId: sms.clientId,
      AuthParameters: { USERNAME: email, PREFERRED_CHALLENGE: 'SMS_OTP' },
    });
    expect(start.ChallengeName).toBe('SELECT_CHALLENGE');
    expect(start.AvailableChallenges).not.toContain('SMS_OTP');
    expect(t.server.emulator.lastCode(email, 'SIGN_IN_SMS_OTP')).toBeUndefined();
  });

  it('a wrong SMS_OTP_CODE is CodeMismatchException and the right one still works', async () => {
    const { email, username } = await phoneUser('sms-wrong');
    const { otp, code } = await startSmsOtp(email);
    await expectServiceError(
      answer(otp.Session, username, code === '000000' ? '111111' : '000000'),
      'CodeMismatchException',
      'Invalid code or auth state for the user.',
    );
    const done = await answer(otp.Session, username, code);
    expect(claimsOf(done.AuthenticationResult?.AccessToken).username).toBe(username);
  });

  it('a used SMS code and its session cannot sign in again', async () => {
    const { email, username } = await phoneUser('sms-used');
    const { otp, code } = await startSmsOtp(email);
    expect(
      (await answer(otp.Session, username, code)).AuthenticationResult?.AccessToken,
    ).toBeTruthy();
    await expectServiceError(
      answer(otp.Session, username, code),
      'NotAuthorizedException',
      'Invalid session for the user.',
    );
  });

  it('after 3 minutes the code expires with its session', async () => {
    const { email, username } = await phoneUser('sms-expiry');
    const { otp, code } = await startSmsOtp(email);
    t.server.emulator.advanceClock(181);
    await expectServiceError(
      answer(otp.Session, username, code),
      'NotAuthorizedException',
      'Invalid session for the user, session is expired.',
    );
  });

  it('in a longer session, an SMS code older than 3 minutes is ExpiredCodeException', async () => {
    const { email, username } = await phoneUser('sms-expired-code');
    const { otp, code } = await startSmsOtp(email, longSession);
    t.server.emulator.advanceClock(181);
    await expectServiceError(
      answer(otp.Session, username, code, longSession),
      'ExpiredCodeException',
      'Invalid code provided, please request a code again.',
    );
  });
});

describe('refresh', () => {
  it('REFRESH_TOKEN_AUTH and GetTokensFromRefreshToken keep the family (origin_jti) without rotation', async () => {
    const email = uniqueEmail('refresh');
    await createConfirmedUser(t, email);
    const tokens = await passwordSignIn(t, email);
    const origin = claimsOf(tokens.AccessToken).origin_jti;

    const viaInitiate = await auth({
      AuthFlow: 'REFRESH_TOKEN_AUTH',
      ClientId: t.clientId,
      AuthParameters: { REFRESH_TOKEN: tokens.RefreshToken },
    });
    expect(viaInitiate.AuthenticationResult?.RefreshToken).toBeUndefined();
    expect(viaInitiate.AuthenticationResult?.ExpiresIn).toBe(3600);
    const refreshedAccess = claimsOf(viaInitiate.AuthenticationResult?.AccessToken);
    expect(refreshedAccess.origin_jti).toBe(origin);
    expect(refreshedAccess.jti).not.toBe(claimsOf(tokens.AccessToken).jti);

    const viaGetTokens = await t.sdk.send(
      new GetTokensFromRefreshTokenCommand({
        ClientId: t.clientId,
        RefreshToken: tokens.RefreshToken,
      }),
    );
    expect(viaGetTokens.AuthenticationResult?.RefreshToken).toBeUndefined();
    expect(claimsOf(viaGetTokens.AuthenticationResult?.IdToken).origin_jti).toBe(origin);

    await expectServiceError(
      t.sdk.send(
        new GetTokensFromRefreshTokenCommand({ ClientId: t.clientId, RefreshToken: 'not-a-token' }),
      ),
      'NotAuthorizedException',
      'Invalid Refresh Token',
    );
    // A refresh token belongs to the client that got it.
    await expectServiceError(
      t.sdk.send(
        new GetTokensFromRefreshTokenCommand({
          ClientId: rotating,
          RefreshToken: tokens.RefreshToken,
        }),
      ),
      'NotAuthorizedException',
      'Invalid Refresh Token',
    );
    // Refresh tokens last 30 days by default.
    t.server.emulator.advanceClock(30 * 86400 + 1);
    await expectServiceError(
      t.sdk.send(
        new GetTokensFromRefreshTokenCommand({
          ClientId: t.clientId,
          RefreshToken: tokens.RefreshToken,
        }),
      ),
      'NotAuthorizedException',
      'Refresh Token has expired',
    );
  });

  it('rotation: a new refresh token each time; the old one works within the grace period only', async () => {
    const email = uniqueEmail('rotate');
    await createConfirmedUser(t, email);
    const tokens = await passwordSignIn(t, email, PASSWORD, rotating);
    const r1 = tokens.RefreshToken;
    const first = await t.sdk.send(
      new GetTokensFromRefreshTokenCommand({ ClientId: rotating, RefreshToken: r1 }),
    );
    const r2 = first.AuthenticationResult?.RefreshToken as string;
    expect(r2).toBeTypeOf('string');
    expect(r2).not.toBe(r1);
    expect(claimsOf(first.AuthenticationResult?.AccessToken).origin_jti).toBe(
      claimsOf(tokens.AccessToken).origin_jti,
    );

    // A client retry within the 10 s grace period gets the same replacement.
    t.server.emulator.advanceClock(9);
    const retry = await t.sdk.send(
      new GetTokensFromRefreshTokenCommand({ ClientId: rotating, RefreshToken: r1 }),
    );
    expect(retry.AuthenticationResult?.RefreshToken).toBe(r2);

    // Rotation must go through GetTokensFromRefreshToken, even with ALLOW_REFRESH_TOKEN_AUTH listed.
    await expectServiceError(
      auth({
        AuthFlow: 'REFRESH_TOKEN_AUTH',
        ClientId: rotating,
        AuthParameters: { REFRESH_TOKEN: r2 },
      }),
      'InvalidParameterException',
      REFRESH_TOKEN_AUTH_WITH_ROTATION,
    );

    const second = await t.sdk.send(
      new GetTokensFromRefreshTokenCommand({ ClientId: rotating, RefreshToken: r2 }),
    );
    const r3 = second.AuthenticationResult?.RefreshToken as string;
    expect(r3).not.toBe(r2);
    const liveAccess = second.AuthenticationResult?.AccessToken as string;
    await t.sdk.send(new GetUserCommand({ AccessToken: liveAccess }));

    // Reuse after the grace period is theft: the whole family is revoked.
    t.server.emulator.advanceClock(2);
    await expectServiceError(
      t.sdk.send(new GetTokensFromRefreshTokenCommand({ ClientId: rotating, RefreshToken: r1 })),
      'RefreshTokenReuseException',
      'Refresh token has already been used.',
    );
    await expectServiceError(
      t.sdk.send(new GetTokensFromRefreshTokenCommand({ ClientId: rotating, RefreshToken: r3 })),
      'NotAuthorizedException',
      'Refresh Token has been revoked',
    );
    await expectServiceError(
      t.sdk.send(new GetUserCommand({ AccessToken: liveAccess })),
      'NotAuthorizedException',
      'Access Token has been revoked',
    );
    // Other sign-ins of the same user are separate families.
    const other = await passwordSignIn(t, email, PASSWORD, rotating);
    await t.sdk.send(new GetUserCommand({ AccessToken: other.AccessToken }));
  });

  it('rotation without ALLOW_REFRESH_TOKEN_AUTH (as deployed): GetTokensFromRefreshToken rotates, REFRESH_TOKEN_AUTH is refused', async () => {
    const flows: ExplicitAuthFlowsType[] = ['ALLOW_USER_SRP_AUTH', 'ALLOW_USER_AUTH'];
    const created = await t.sdk.send(
      new CreateUserPoolClientCommand({
        UserPoolId: t.poolId,
        ClientName: 'deployed-like',
        ExplicitAuthFlows: flows,
        RefreshTokenRotation: { Feature: 'ENABLED', RetryGracePeriodSeconds: 10 },
      }),
    );
    const clientId = created.UserPoolClient?.ClientId as string;
    expect(created.UserPoolClient?.ExplicitAuthFlows).toEqual(flows);
    const email = uniqueEmail('deployed-like');
    await createConfirmedUser(t, email);
    const signedIn = await auth({
      AuthFlow: 'USER_AUTH',
      ClientId: clientId,
      AuthParameters: { USERNAME: email, PREFERRED_CHALLENGE: 'PASSWORD', PASSWORD },
    });
    const tokens = signedIn.AuthenticationResult;
    const r1 = tokens?.RefreshToken as string;
    expect(r1).toBeTypeOf('string');

    const refresh = (RefreshToken: string) =>
      t.sdk.send(new GetTokensFromRefreshTokenCommand({ ClientId: clientId, RefreshToken }));
    const first = await refresh(r1);
    const r2 = first.AuthenticationResult?.RefreshToken as string;
    expect(r2).toBeTypeOf('string');
    expect(r2).not.toBe(r1);
    expect(claimsOf(first.AuthenticationResult?.AccessToken)).toMatchObject({
      origin_jti: claimsOf(tokens?.AccessToken).origin_jti,
      client_id: clientId,
    });
    await t.sdk.send(new GetUserCommand({ AccessToken: first.AuthenticationResult?.AccessToken }));

    // Both spellings of the flow are refused, and the refusal does not spend the token.
    for (const AuthFlow of ['REFRESH_TOKEN_AUTH', 'REFRESH_TOKEN'] as const) {
      await expectServiceError(
        auth({ AuthFlow, ClientId: clientId, AuthParameters: { REFRESH_TOKEN: r2 } }),
        'InvalidParameterException',
        REFRESH_TOKEN_AUTH_WITH_ROTATION,
      );
    }
    const second = await refresh(r2);
    const r3 = second.AuthenticationResult?.RefreshToken as string;
    expect(new Set([r1, r2, r3]).size).toBe(3);

    // Listing ALLOW_REFRESH_TOKEN_AUTH next to rotation is accepted (no rejection is documented)
    // and changes nothing: REFRESH_TOKEN_AUTH is still refused.
    const updated = await t.sdk.send(
      new UpdateUserPoolClientCommand({
        UserPoolId: t.poolId,
        ClientId: clientId,
        ExplicitAuthFlows: [...flows, 'ALLOW_REFRESH_TOKEN_AUTH'],
        RefreshTokenRotation: { Feature: 'ENABLED', RetryGracePeriodSeconds: 10 },
      }),
    );
    expect(updated.UserPoolClient?.ExplicitAuthFlows).toContain('ALLOW_REFRESH_TOKEN_AUTH');
    await expectServiceError(
      auth({
        AuthFlow: 'REFRESH_TOKEN_AUTH',
        ClientId: clientId,
        AuthParameters: { REFRESH_TOKEN: r3 },
      }),
      'InvalidParameterException',
      REFRESH_TOKEN_AUTH_WITH_ROTATION,
    );

    // Rotation off (with ALLOW_REFRESH_TOKEN_AUTH, as Cognito requires then): both ways refresh,
    // neither rotates.
    await t.sdk.send(
      new UpdateUserPoolClientCommand({
        UserPoolId: t.poolId,
        ClientId: clientId,
        ExplicitAuthFlows: [...flows, 'ALLOW_REFRESH_TOKEN_AUTH'],
        RefreshTokenRotation: { Feature: 'DISABLED' },
      }),
    );
    const viaInitiate = await auth({
      AuthFlow: 'REFRESH_TOKEN_AUTH',
      ClientId: clientId,
      AuthParameters: { REFRESH_TOKEN: r3 },
    });
    expect(viaInitiate.AuthenticationResult?.AccessToken).toBeTypeOf('string');
    expect(viaInitiate.AuthenticationResult?.RefreshToken).toBeUndefined();
    const viaGetTokens = await refresh(r3);
    expect(viaGetTokens.AuthenticationResult?.AccessToken).toBeTypeOf('string');
    expect(viaGetTokens.AuthenticationResult?.RefreshToken).toBeUndefined();
  });

  it('rotation with RetryGracePeriodSeconds 0 invalidates the old token at once', async () => {
    const email = uniqueEmail('graceless');
    await createConfirmedUser(t, email);
    const tokens = await passwordSignIn(t, email, PASSWORD, graceless);
    const next = await t.sdk.send(
      new GetTokensFromRefreshTokenCommand({
        ClientId: graceless,
        RefreshToken: tokens.RefreshToken,
      }),
    );
    t.server.emulator.advanceClock(1);
    await expectServiceError(
      t.sdk.send(
        new GetTokensFromRefreshTokenCommand({
          ClientId: graceless,
          RefreshToken: tokens.RefreshToken,
        }),
      ),
      'RefreshTokenReuseException',
      'Refresh token has already been used.',
    );
    await expectServiceError(
      t.sdk.send(
        new GetTokensFromRefreshTokenCommand({
          ClientId: graceless,
          RefreshToken: next.AuthenticationResult?.RefreshToken,
        }),
      ),
      'NotAuthorizedException',
      'Refresh Token has been revoked',
    );
  });
});

describe('sign-out', () => {
  it('RevokeToken revokes one sign-in: its refresh token and its access tokens', async () => {
    const email = uniqueEmail('revoke');
    await createConfirmedUser(t, email);
    const a = await passwordSignIn(t, email);
    const b = await passwordSignIn(t, email);
    expect(claimsOf(a.AccessToken).origin_jti).not.toBe(claimsOf(b.AccessToken).origin_jti);
    const revoked = await t.sdk.send(
      new RevokeTokenCommand({ ClientId: t.clientId, Token: a.RefreshToken }),
    );
    expect(revoked.$metadata.httpStatusCode).toBe(200);
    await expectServiceError(
      t.sdk.send(
        new GetTokensFromRefreshTokenCommand({
          ClientId: t.clientId,
          RefreshToken: a.RefreshToken,
        }),
      ),
      'NotAuthorizedException',
      'Refresh Token has been revoked',
    );
    await expectServiceError(
      t.sdk.send(new GetUserCommand({ AccessToken: a.AccessToken })),
      'NotAuthorizedException',
      'Access Token has been revoked',
    );
    // The other sign-in is untouched.
    await t.sdk.send(new GetUserCommand({ AccessToken: b.AccessToken }));
    await expectServiceError(
      t.sdk.send(new RevokeTokenCommand({ ClientId: t.clientId, Token: b.AccessToken })),
      'UnsupportedTokenTypeException',
      'Only refresh tokens can be revoked.',
    );
    // An unknown token is accepted silently, so revocation cannot be probed.
    await t.sdk.send(new RevokeTokenCommand({ ClientId: t.clientId, Token: 'unknown-token' }));
  });

  it('GlobalSignOut revokes every sign-in of the user', async () => {
    const email = uniqueEmail('global');
    await createConfirmedUser(t, email);
    const a = await passwordSignIn(t, email);
    const b = await passwordSignIn(t, email);
    const out = await t.sdk.send(new GlobalSignOutCommand({ AccessToken: a.AccessToken }));
    expect(out.$metadata.httpStatusCode).toBe(200);
    for (const tokens of [a, b]) {
      await expectServiceError(
        t.sdk.send(new GetUserCommand({ AccessToken: tokens.AccessToken })),
        'NotAuthorizedException',
        'Access Token has been revoked',
      );
      await expectServiceError(
        auth({
          AuthFlow: 'REFRESH_TOKEN_AUTH',
          ClientId: t.clientId,
          AuthParameters: { REFRESH_TOKEN: tokens.RefreshToken },
        }),
        'NotAuthorizedException',
        'Refresh Token has been revoked',
      );
    }
    await expectServiceError(
      t.sdk.send(new GlobalSignOutCommand({ AccessToken: a.AccessToken })),
      'NotAuthorizedException',
      'Access Token has been revoked',
    );
  });
});

describe('passwords', () => {
  it('ForgotPassword → ConfirmForgotPassword; codes are single-use', async () => {
    const email = uniqueEmail('forgot');
    await createConfirmedUser(t, email);
    const sent = await t.sdk.send(
      new ForgotPasswordCommand({ ClientId: t.clientId, Username: email }),
    );
    expect(sent.CodeDeliveryDetails).toEqual({
      Destination: `${email[0]}***@e***`,
      DeliveryMedium: 'EMAIL',
      AttributeName: 'email',
    });
    const code = codeFor(t.server.emulator, email, 'FORGOT_PASSWORD');
    const wrong = code === '000000' ? '111111' : '000000';
    await expectServiceError(
      t.sdk.send(
        new ConfirmForgotPasswordCommand({
          ClientId: t.clientId,
          Username: email,
          ConfirmationCode: wrong,
          Password: NEW_PASSWORD,
        }),
      ),
      'CodeMismatchException',
      'Invalid verification code provided, please try again.',
    );
    await expectServiceError(
      t.sdk.send(
        new ConfirmForgotPasswordCommand({
          ClientId: t.clientId,
          Username: email,
          ConfirmationCode: code,
          Password: 'short',
        }),
      ),
      'InvalidPasswordException',
      'Password did not conform with policy: Password not long enough',
    );
    await t.sdk.send(
      new ConfirmForgotPasswordCommand({
        ClientId: t.clientId,
        Username: email,
        ConfirmationCode: code,
        Password: NEW_PASSWORD,
      }),
    );
    await passwordSignIn(t, email, NEW_PASSWORD);
    await expectServiceError(
      passwordSignIn(t, email, PASSWORD),
      'NotAuthorizedException',
      'Incorrect username or password.',
    );
    await expectServiceError(
      t.sdk.send(
        new ConfirmForgotPasswordCommand({
          ClientId: t.clientId,
          Username: email,
          ConfirmationCode: code,
          Password: PASSWORD,
        }),
      ),
      'CodeMismatchException',
      'Invalid verification code provided, please try again.',
    );
  });

  it('reset codes expire after an hour', async () => {
    const email = uniqueEmail('forgot-expiry');
    await createConfirmedUser(t, email);
    await t.sdk.send(new ForgotPasswordCommand({ ClientId: t.clientId, Username: email }));
    const code = codeFor(t.server.emulator, email, 'FORGOT_PASSWORD');
    t.server.emulator.advanceClock(3601);
    await expectServiceError(
      t.sdk.send(
        new ConfirmForgotPasswordCommand({
          ClientId: t.clientId,
          Username: email,
          ConfirmationCode: code,
          Password: NEW_PASSWORD,
        }),
      ),
      'ExpiredCodeException',
      'Invalid code provided, please request a code again.',
    );
    // The expired code is gone for good.
    await expectServiceError(
      t.sdk.send(
        new ConfirmForgotPasswordCommand({
          ClientId: t.clientId,
          Username: email,
          ConfirmationCode: code,
          Password: NEW_PASSWORD,
        }),
      ),
      'CodeMismatchException',
      'Invalid verification code provided, please try again.',
    );
  });

  it('ChangePassword checks the previous password and the policy', async () => {
    const email = uniqueEmail('change');
    await createConfirmedUser(t, email);
    const { AccessToken } = await passwordSignIn(t, email);
    await expectServiceError(
      t.sdk.send(
        new ChangePasswordCommand({
          AccessToken,
          PreviousPassword: 'Wrong-Passw0rd!',
          ProposedPassword: NEW_PASSWORD,
        }),
      ),
      'NotAuthorizedException',
      'Incorrect username or password.',
    );
    await expectServiceError(
      t.sdk.send(
        new ChangePasswordCommand({
          AccessToken,
          PreviousPassword: PASSWORD,
          ProposedPassword: 'alllowercase1!',
        }),
      ),
      'InvalidPasswordException',
      'Password did not conform with policy: Password must have uppercase characters',
    );
    await t.sdk.send(
      new ChangePasswordCommand({
        AccessToken,
        PreviousPassword: PASSWORD,
        ProposedPassword: NEW_PASSWORD,
      }),
    );
    await passwordSignIn(t, email, NEW_PASSWORD);
    await expectServiceError(
      passwordSignIn(t, email, PASSWORD),
      'NotAuthorizedException',
      'Incorrect username or password.',
    );
  });
});

describe('the signed-in user', () => {
  it('GetUser, UpdateUserAttributes, verification codes and DeleteUserAttributes', async () => {
    const email = uniqueEmail('attrs');
    const username = await createConfirmedUser(t, email, { name: 'Ada' });
    const { AccessToken } = await passwordSignIn(t, email);
    const me = await t.sdk.send(new GetUserCommand({ AccessToken }));
    expect(me.Username).toBe(username);
    expect(me.UserAttributes).toEqual(
      expect.arrayContaining([
        { Name: 'sub', Value: username },
        { Name: 'email', Value: email },
        { Name: 'email_verified', Value: 'true' },
        { Name: 'name', Value: 'Ada' },
      ]),
    );

    const newEmail = uniqueEmail('attrs-new');
    const updated = await t.sdk.send(
      new UpdateUserAttributesCommand({
        AccessToken,
        UserAttributes: [
          { Name: 'email', Value: newEmail },
          { Name: 'name', Value: 'Ada L' },
          { Name: 'custom:tenant', Value: 'acme' },
        ],
      }),
    );
    expect(updated.CodeDeliveryDetailsList).toEqual([
      { Destination: `${newEmail[0]}***@e***`, DeliveryMedium: 'EMAIL', AttributeName: 'email' },
    ]);
    const attrs = async () =>
      attributesOf((await t.sdk.send(new GetUserCommand({ AccessToken }))).UserAttributes);
    expect(await attrs()).toMatchObject({
      email: newEmail,
      email_verified: 'false',
      name: 'Ada L',
      'custom:tenant': 'acme',
    });
    await expectServiceError(
      t.sdk.send(
        new UpdateUserAttributesCommand({
          AccessToken,
          UserAttributes: [{ Name: 'email_verified', Value: 'true' }],
        }),
      ),
      'InvalidParameterException',
      'Cannot modify email_verified',
    );

    const firstCode = codeFor(t.server.emulator, newEmail, 'VERIFY_email');
    const resent = await t.sdk.send(
      new GetUserAttributeVerificationCodeCommand({ AccessToken, AttributeName: 'email' }),
    );
    expect(resent.CodeDeliveryDetails).toMatchObject({
      DeliveryMedium: 'EMAIL',
      AttributeName: 'email',
    });
    const code = codeFor(t.server.emulator, newEmail, 'VERIFY_email');
    const wrong = code === '000000' ? '111111' : '000000';
    await expectServiceError(
      t.sdk.send(
        new VerifyUserAttributeCommand({ AccessToken, AttributeName: 'email', Code: wrong }),
      ),
      'CodeMismatchException',
      'Invalid verification code provided, please try again.',
    );
    if (firstCode !== code) {
      await expectServiceError(
        t.sdk.send(
          new VerifyUserAttributeCommand({ AccessToken, AttributeName: 'email', Code: firstCode }),
        ),
        'CodeMismatchException',
        'Invalid verification code provided, please try again.',
      );
    }
    await t.sdk.send(
      new VerifyUserAttributeCommand({ AccessToken, AttributeName: 'email', Code: code }),
    );
    expect((await attrs()).email_verified).toBe('true');
    await expectServiceError(
      t.sdk.send(
        new VerifyUserAttributeCommand({ AccessToken, AttributeName: 'email', Code: code }),
      ),
      'CodeMismatchException',
      'Invalid verification code provided, please try again.',
    );
    // The new email signs in; the ID token shows the new values.
    const again = await passwordSignIn(t, newEmail);
    expect(claimsOf(again.IdToken)).toMatchObject({
      email: newEmail,
      email_verified: true,
      'custom:tenant': 'acme',
    });

    await t.sdk.send(
      new DeleteUserAttributesCommand({
        AccessToken,
        UserAttributeNames: ['name', 'custom:tenant'],
      }),
    );
    const after = await attrs();
    expect(after.name).toBeUndefined();
    expect(after['custom:tenant']).toBeUndefined();
    await expectServiceError(
      t.sdk.send(new DeleteUserAttributesCommand({ AccessToken, UserAttributeNames: ['email'] })),
      'InvalidParameterException',
      'Cannot delete the attribute email',
    );
  });

  it('DeleteUser removes the user and ends its tokens', async () => {
    const email = uniqueEmail('delete-me');
    await createConfirmedUser(t, email);
    const tokens = await passwordSignIn(t, email);
    await t.sdk.send(new DeleteUserCommand({ AccessToken: tokens.AccessToken }));
    await expectServiceError(
      t.sdk.send(new AdminGetUserCommand({ UserPoolId: t.poolId, Username: email })),
      'UserNotFoundException',
      'User does not exist.',
    );
    await expectServiceError(
      t.sdk.send(new GetUserCommand({ AccessToken: tokens.AccessToken })),
      'UserNotFoundException',
      'User does not exist.',
    );
    await expectServiceError(
      t.sdk.send(
        new GetTokensFromRefreshTokenCommand({
          ClientId: t.clientId,
          RefreshToken: tokens.RefreshToken,
        }),
      ),
      'UserNotFoundException',
      'User does not exist.',
    );
    await expectServiceError(
      passwordSignIn(t, email),
      'NotAuthorizedException',
      'Incorrect username or password.',
    );
  });
});
