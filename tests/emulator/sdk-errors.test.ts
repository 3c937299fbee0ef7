import {
  ConfirmForgotPasswordCommand,
  ConfirmSignUpCommand,
  CreateUserPoolClientCommand,
  ForgotPasswordCommand,
  GetUserCommand,
  InitiateAuthCommand,
  ResendConfirmationCodeCommand,
  RespondToAuthChallengeCommand,
} from '@aws-sdk/client-cognito-identity-provider';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
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

let t: TestPool;
let legacy: string;
let shortLived: string;
beforeAll(async () => {
  t = await startTestPool();
  const make = async (
    input: Partial<ConstructorParameters<typeof CreateUserPoolClientCommand>[0]>,
  ) =>
    (
      await t.sdk.send(
        new CreateUserPoolClientCommand({
          UserPoolId: t.poolId,
          ClientName: 'extra',
          ExplicitAuthFlows: [
            'ALLOW_USER_PASSWORD_AUTH',
            'ALLOW_USER_SRP_AUTH',
            'ALLOW_REFRESH_TOKEN_AUTH',
          ],
          ...input,
        }),
      )
    ).UserPoolClient?.ClientId as string;
  legacy = await make({ PreventUserExistenceErrors: 'LEGACY' });
  shortLived = await make({
    AccessTokenValidity: 30,
    TokenValidityUnits: { AccessToken: 'seconds' },
  });
});
afterAll(async () => {
  await t.close();
});

const ghost = 'ghost@example.com';
const signIn = (ClientId: string, USERNAME: string, PASSWORD_: string = PASSWORD) =>
  t.sdk.send(
    new InitiateAuthCommand({
      AuthFlow: 'USER_PASSWORD_AUTH',
      ClientId,
      AuthParameters: { USERNAME, PASSWORD: PASSWORD_ },
    }),
  );

describe('PreventUserExistenceErrors', () => {
  it('ENABLED: an unknown user looks like a wrong password or a sent code', async () => {
    await expectServiceError(
      signIn(t.clientId, ghost),
      'NotAuthorizedException',
      'Incorrect username or password.',
    );
    const forgot = await t.sdk.send(
      new ForgotPasswordCommand({ ClientId: t.clientId, Username: ghost }),
    );
    expect(forgot.CodeDeliveryDetails).toEqual({
      Destination: 'g***@e***',
      DeliveryMedium: 'EMAIL',
      AttributeName: 'email',
    });
    const resend = await t.sdk.send(
      new ResendConfirmationCodeCommand({ ClientId: t.clientId, Username: ghost }),
    );
    expect(resend.CodeDeliveryDetails?.DeliveryMedium).toBe('EMAIL');
    await expectServiceError(
      t.sdk.send(
        new ConfirmSignUpCommand({
          ClientId: t.clientId,
          Username: ghost,
          ConfirmationCode: '123456',
        }),
      ),
      'CodeMismatchException',
      'Invalid verification code provided, please try again.',
    );
    await expectServiceError(
      t.sdk.send(
        new ConfirmForgotPasswordCommand({
          ClientId: t.clientId,
          Username: ghost,
          ConfirmationCode: '123456',
          Password: NEW_PASSWORD,
        }),
      ),
      'CodeMismatchException',
      'Invalid verification code provided, please try again.',
    );
    // Nothing was sent to anyone.
    expect(t.server.emulator.outbox({ username: ghost })).toEqual([]);
  });

  it('LEGACY: an unknown user is UserNotFoundException', async () => {
    await expectServiceError(
      signIn(legacy, ghost),
      'UserNotFoundException',
      'User does not exist.',
    );
    // The code operations name the client in their message.
    const notFound = 'Username/client id combination not found.';
    await expectServiceError(
      t.sdk.send(new ForgotPasswordCommand({ ClientId: legacy, Username: ghost })),
      'UserNotFoundException',
      notFound,
    );
    await expectServiceError(
      t.sdk.send(new ResendConfirmationCodeCommand({ ClientId: legacy, Username: ghost })),
      'UserNotFoundException',
      notFound,
    );
    await expectServiceError(
      t.sdk.send(
        new ConfirmSignUpCommand({ ClientId: legacy, Username: ghost, ConfirmationCode: '123456' }),
      ),
      'UserNotFoundException',
      notFound,
    );
    await expectServiceError(
      t.sdk.send(
        new ConfirmForgotPasswordCommand({
          ClientId: legacy,
          Username: ghost,
          ConfirmationCode: '123456',
          Password: NEW_PASSWORD,
        }),
      ),
      'UserNotFoundException',
      notFound,
    );
    // A known user with a wrong password is the same in both modes.
    const email = uniqueEmail('legacy');
    await createConfirmedUser(t, email);
    await expectServiceError(
      signIn(legacy, email, 'Wrong-Passw0rd!'),
      'NotAuthorizedException',
      'Incorrect username or password.',
    );
  });
});

describe('access token checks', () => {
  // Seconds-long lifetimes (real Cognito's minimum is 5 minutes) keep session tests fast; the
  // clock moves instead of the test sleeping, so a slow machine cannot expire the refreshed token.
  it('expired: AccessTokenValidity 30 seconds', async () => {
    const email = uniqueEmail('short');
    await createConfirmedUser(t, email);
    const tokens = await passwordSignIn(t, email, PASSWORD, shortLived);
    expect(tokens.ExpiresIn).toBe(30);
    const claims = claimsOf(tokens.AccessToken);
    expect((claims.exp as number) - (claims.iat as number)).toBe(30);
    t.server.emulator.advanceClock(31);
    await expectServiceError(
      t.sdk.send(new GetUserCommand({ AccessToken: tokens.AccessToken })),
      'NotAuthorizedException',
      'Access Token has expired',
    );
    // The refresh token still works and gives a live access token.
    const refreshed = await t.sdk.send(
      new InitiateAuthCommand({
        AuthFlow: 'REFRESH_TOKEN_AUTH',
        ClientId: shortLived,
        AuthParameters: { REFRESH_TOKEN: tokens.RefreshToken },
      }),
    );
    const me = await t.sdk.send(
      new GetUserCommand({ AccessToken: refreshed.AuthenticationResult?.AccessToken }),
    );
    expect(me.Username).toBe(claims.username);
  });

  it('expired: the default hour, by moving the clock', async () => {
    const email = uniqueEmail('hour');
    await createConfirmedUser(t, email);
    const { AccessToken } = await passwordSignIn(t, email);
    t.server.emulator.advanceClock(3599);
    await t.sdk.send(new GetUserCommand({ AccessToken }));
    t.server.emulator.advanceClock(2);
    await expectServiceError(
      t.sdk.send(new GetUserCommand({ AccessToken })),
      'NotAuthorizedException',
      'Access Token has expired',
    );
  });

  it('tampered, foreign or malformed tokens are Invalid Access Token', async () => {
    const email = uniqueEmail('tamper');
    await createConfirmedUser(t, email);
    const { AccessToken, IdToken } = await passwordSignIn(t, email);
    const [h, p, s] = AccessToken.split('.') as [string, string, string];
    const payload = claimsOf(AccessToken);
    const forgedPayload = Buffer.from(
      JSON.stringify({ ...payload, exp: (payload.exp as number) + 86400 }),
    ).toString('base64url');
    const flipped = `${s.slice(0, -4)}${s.slice(-4) === 'AAAA' ? 'BBBB' : 'AAAA'}`;
    const none = `${Buffer.from(JSON.stringify({ alg: 'none' })).toString('base64url')}.${p}.`;
    for (const bad of [
      `${h}.${forgedPayload}.${s}`,
      `${h}.${p}.${flipped}`,
      none,
      IdToken,
      'not-a-jwt',
      `${h}.${p}`,
    ]) {
      await expectServiceError(
        t.sdk.send(new GetUserCommand({ AccessToken: bad })),
        'NotAuthorizedException',
        'Invalid Access Token',
      );
    }
    // The genuine token is still fine.
    await t.sdk.send(new GetUserCommand({ AccessToken }));
  });
});

describe('sign-in errors', () => {
  it('locks the account after five wrong passwords, for a while', async () => {
    const email = uniqueEmail('lockout');
    await createConfirmedUser(t, email);
    for (let i = 0; i < 4; i++) {
      await expectServiceError(
        signIn(t.clientId, email, 'Wrong-Passw0rd!'),
        'NotAuthorizedException',
        'Incorrect username or password.',
      );
    }
    await expectServiceError(
      signIn(t.clientId, email, 'Wrong-Passw0rd!'),
      'NotAuthorizedException',
      'Password attempts exceeded',
    );
    await expectServiceError(
      signIn(t.clientId, email),
      'NotAuthorizedException',
      'Password attempts exceeded',
    );
    t.server.emulator.advanceClock(901);
    await passwordSignIn(t, email);
  });

  it('wrong codes burn out after five attempts', async () => {
    const email = uniqueEmail('codes');
    await createConfirmedUser(t, email);
    await t.sdk.send(new ForgotPasswordCommand({ ClientId: t.clientId, Username: email }));
    const code = codeFor(t.server.emulator, email, 'FORGOT_PASSWORD');
    const wrong = code === '000000' ? '111111' : '000000';
    const attempt = (ConfirmationCode: string) =>
      t.sdk.send(
        new ConfirmForgotPasswordCommand({
          ClientId: t.clientId,
          Username: email,
          ConfirmationCode,
          Password: NEW_PASSWORD,
        }),
      );
    for (let i = 0; i < 4; i++) {
      await expectServiceError(
        attempt(wrong),
        'CodeMismatchException',
        'Invalid verification code provided, please try again.',
      );
    }
    await expectServiceError(
      attempt(wrong),
      'LimitExceededException',
      'Attempt limit exceeded, please try after some time.',
    );
    await expectServiceError(
      attempt(code),
      'CodeMismatchException',
      'Invalid verification code provided, please try again.',
    );
  });

  it('malformed requests: unknown client, unknown flow, missing parameters, unknown challenge, bogus session', async () => {
    await expectServiceError(
      signIn('no-such-client', 'x@example.com'),
      'ResourceNotFoundException',
      'User pool client no-such-client does not exist.',
    );
    await expectServiceError(
      t.sdk.send(
        new InitiateAuthCommand({
          AuthFlow: 'MAGIC' as 'USER_AUTH',
          ClientId: t.clientId,
          AuthParameters: {},
        }),
      ),
      'InvalidParameterException',
      'Unsupported AuthFlow MAGIC',
    );
    await expectServiceError(
      t.sdk.send(
        new InitiateAuthCommand({
          AuthFlow: 'USER_PASSWORD_AUTH',
          ClientId: t.clientId,
          AuthParameters: { PASSWORD },
        }),
      ),
      'InvalidParameterException',
      'Missing required parameter USERNAME',
    );
    await expectServiceError(
      t.sdk.send(
        new RespondToAuthChallengeCommand({
          ClientId: t.clientId,
          ChallengeName: 'CUSTOM_CHALLENGE',
          Session: 'x',
          ChallengeResponses: { USERNAME: 'x', ANSWER: 'y' },
        }),
      ),
      'InvalidParameterException',
      'Unsupported ChallengeName CUSTOM_CHALLENGE',
    );
    await expectServiceError(
      t.sdk.send(
        new RespondToAuthChallengeCommand({
          ClientId: t.clientId,
          ChallengeName: 'SMS_MFA',
          Session: 'made-up-session',
          ChallengeResponses: { USERNAME: 'x', SMS_MFA_CODE: '123456' },
        }),
      ),
      'NotAuthorizedException',
      'Invalid session for the user.',
    );
  });
});
