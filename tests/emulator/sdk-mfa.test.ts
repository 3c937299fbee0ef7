import {
  AdminGetUserCommand,
  AdminSetUserMFAPreferenceCommand,
  AssociateSoftwareTokenCommand,
  type ChallengeNameType,
  GetUserCommand,
  InitiateAuthCommand,
  type InitiateAuthCommandOutput,
  RespondToAuthChallengeCommand,
  SetUserMFAPreferenceCommand,
  VerifySoftwareTokenCommand,
} from '@aws-sdk/client-cognito-identity-provider';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { totpAt, totpStep } from '../../local/emulator/core/totp.ts';
import {
  claimsOf,
  closePools,
  codeFor,
  createConfirmedUser,
  expectServiceError,
  midStep,
  PASSWORD,
  passwordSignIn,
  setUpTotp,
  startPools,
  uniqueEmail,
} from './support/sdk-helpers.ts';
import type { TestPool } from './support/stack.ts';

const TOTP_MISMATCH = 'Code mismatch and fail enable Software Token MFA mfa';
const WRONG_CODE = 'Invalid code or auth state for the user.';

let optional: TestPool;
let required: TestPool;
beforeAll(async () => {
  [optional, required] = await startPools(
    [
      {
        MfaConfiguration: 'OPTIONAL',
        SmsConfiguration: {
          SnsCallerArn: 'arn:aws:iam::000000000000:role/cognito-sms',
          ExternalId: 'local',
        },
      },
    ],
    [{ MfaConfiguration: 'ON' }],
  );
});
afterAll(async () => {
  await closePools(optional, required);
});

function startSignIn(t: TestPool, name: string): Promise<InitiateAuthCommandOutput> {
  return t.sdk.send(
    new InitiateAuthCommand({
      AuthFlow: 'USER_PASSWORD_AUTH',
      ClientId: t.clientId,
      AuthParameters: { USERNAME: name, PASSWORD },
    }),
  );
}

function answer(
  t: TestPool,
  ChallengeName: ChallengeNameType,
  Session: string | undefined,
  responses: Record<string, string>,
) {
  return t.sdk.send(
    new RespondToAuthChallengeCommand({
      ClientId: t.clientId,
      ChallengeName,
      Session,
      ChallengeResponses: responses,
    }),
  );
}

describe('software token (TOTP) MFA', () => {
  it('associates and verifies with ±1 step tolerance; a wrong code is EnableSoftwareTokenMFAException', async () => {
    const t = optional;
    const email = uniqueEmail('totp');
    const username = await createConfirmedUser(t, email);
    const { AccessToken } = await passwordSignIn(t, email);

    await expectServiceError(
      t.sdk.send(
        new SetUserMFAPreferenceCommand({
          AccessToken,
          SoftwareTokenMfaSettings: { Enabled: true, PreferredMfa: true },
        }),
      ),
      'InvalidParameterException',
      'User has not verified software token mfa',
    );

    const { SecretCode } = await t.sdk.send(new AssociateSoftwareTokenCommand({ AccessToken }));
    expect(SecretCode).toMatch(/^[A-Z2-7]{32}$/);
    const secret = SecretCode as string;
    const step = midStep(t.server.emulator);
    for (const off of [2, -2]) {
      await expectServiceError(
        t.sdk.send(
          new VerifySoftwareTokenCommand({ AccessToken, UserCode: totpAt(secret, step + off) }),
        ),
        'EnableSoftwareTokenMFAException',
        TOTP_MISMATCH,
      );
    }
    const verified = await t.sdk.send(
      new VerifySoftwareTokenCommand({
        AccessToken,
        UserCode: totpAt(secret, step - 1),
        FriendlyDeviceName: 'phone',
      }),
    );
    expect(verified.Status).toBe('SUCCESS');

    await t.sdk.send(
      new SetUserMFAPreferenceCommand({
        AccessToken,
        SoftwareTokenMfaSettings: { Enabled: true, PreferredMfa: true },
      }),
    );
    const me = await t.sdk.send(new GetUserCommand({ AccessToken }));
    expect(me.PreferredMfaSetting).toBe('SOFTWARE_TOKEN_MFA');
    expect(me.UserMFASettingList).toEqual(['SOFTWARE_TOKEN_MFA']);
    const admin = await t.sdk.send(
      new AdminGetUserCommand({ UserPoolId: t.poolId, Username: email }),
    );
    expect(admin.PreferredMfaSetting).toBe('SOFTWARE_TOKEN_MFA');
    expect(admin.UserMFASettingList).toEqual(['SOFTWARE_TOKEN_MFA']);

    // Sign-in now asks for a TOTP code: +2 steps is rejected, +1 accepted on the same session.
    const challenge = await startSignIn(t, email);
    expect(challenge.ChallengeName).toBe('SOFTWARE_TOKEN_MFA');
    expect(challenge.ChallengeParameters?.USERNAME).toBe(username);
    expect(challenge.AuthenticationResult).toBeUndefined();
    const now = midStep(t.server.emulator);
    await expectServiceError(
      answer(t, 'SOFTWARE_TOKEN_MFA', challenge.Session, {
        USERNAME: username,
        SOFTWARE_TOKEN_MFA_CODE: totpAt(secret, now + 2),
      }),
      'CodeMismatchException',
      WRONG_CODE,
    );
    const done = await answer(t, 'SOFTWARE_TOKEN_MFA', challenge.Session, {
      USERNAME: username,
      SOFTWARE_TOKEN_MFA_CODE: totpAt(secret, now + 1),
    });
    expect(claimsOf(done.AuthenticationResult?.AccessToken).username).toBe(username);

    // A code cannot be replayed (nor can an older one).
    const replay = await startSignIn(t, email);
    await expectServiceError(
      answer(t, 'SOFTWARE_TOKEN_MFA', replay.Session, {
        USERNAME: username,
        SOFTWARE_TOKEN_MFA_CODE: totpAt(secret, now + 1),
      }),
      'CodeMismatchException',
      WRONG_CODE,
    );
    await expectServiceError(
      answer(t, 'SOFTWARE_TOKEN_MFA', replay.Session, {
        USERNAME: username,
        SOFTWARE_TOKEN_MFA_CODE: totpAt(secret, now),
      }),
      'CodeMismatchException',
      WRONG_CODE,
    );
    // Three wrong answers use the session up.
    await expectServiceError(
      answer(t, 'SOFTWARE_TOKEN_MFA', replay.Session, {
        USERNAME: username,
        SOFTWARE_TOKEN_MFA_CODE: '000000',
      }),
      'CodeMismatchException',
      WRONG_CODE,
    );
    await expectServiceError(
      answer(t, 'SOFTWARE_TOKEN_MFA', replay.Session, {
        USERNAME: username,
        SOFTWARE_TOKEN_MFA_CODE: totpAt(secret, totpStep(t.server.emulator.now()) + 1),
      }),
      'NotAuthorizedException',
      'Invalid session for the user.',
    );
  });

  it('challenge sessions expire after 3 minutes', async () => {
    const t = optional;
    const email = uniqueEmail('totp-expiry');
    const username = await createConfirmedUser(t, email);
    const { secret, accessToken } = await setUpTotp(t, email);
    await t.sdk.send(
      new SetUserMFAPreferenceCommand({
        AccessToken: accessToken,
        SoftwareTokenMfaSettings: { Enabled: true, PreferredMfa: true },
      }),
    );
    const challenge = await startSignIn(t, email);
    expect(challenge.ChallengeName).toBe('SOFTWARE_TOKEN_MFA');
    t.server.emulator.advanceClock(181);
    await expectServiceError(
      answer(t, 'SOFTWARE_TOKEN_MFA', challenge.Session, {
        USERNAME: username,
        SOFTWARE_TOKEN_MFA_CODE: totpAt(secret, totpStep(t.server.emulator.now())),
      }),
      'NotAuthorizedException',
      'Invalid session for the user, session is expired.',
    );
    // A session for another challenge is not interchangeable.
    const fresh = await startSignIn(t, email);
    await expectServiceError(
      answer(t, 'SMS_MFA', fresh.Session, { USERNAME: username, SMS_MFA_CODE: '123456' }),
      'NotAuthorizedException',
      'Invalid session for the user.',
    );
  });

  it('MFA_SETUP (pool MFA ON): AssociateSoftwareToken/VerifySoftwareToken with the Session, then tokens', async () => {
    const t = required;
    const email = uniqueEmail('setup');
    const username = await createConfirmedUser(t, email);
    const start = await startSignIn(t, email);
    expect(start.ChallengeName).toBe('MFA_SETUP');
    expect(JSON.parse(start.ChallengeParameters?.MFAS_CAN_SETUP ?? '[]')).toEqual([
      'SOFTWARE_TOKEN_MFA',
    ]);

    // Not verified yet: MFA_SETUP cannot finish.
    await expectServiceError(
      answer(t, 'MFA_SETUP', start.Session, { USERNAME: username }),
      'InvalidParameterException',
      'Software token has not been verified for this session.',
    );

    const associated = await t.sdk.send(
      new AssociateSoftwareTokenCommand({ Session: start.Session }),
    );
    expect(associated.SecretCode).toMatch(/^[A-Z2-7]{32}$/);
    expect(associated.Session).toBeTypeOf('string');
    expect(associated.Session).not.toBe(start.Session);
    const secret = associated.SecretCode as string;
    const step = midStep(t.server.emulator);
    await expectServiceError(
      t.sdk.send(
        new VerifySoftwareTokenCommand({
          Session: associated.Session,
          UserCode: totpAt(secret, step + 3),
        }),
      ),
      'EnableSoftwareTokenMFAException',
      TOTP_MISMATCH,
    );
    const verified = await t.sdk.send(
      new VerifySoftwareTokenCommand({
        Session: associated.Session,
        UserCode: totpAt(secret, step),
        FriendlyDeviceName: 'app',
      }),
    );
    expect(verified.Status).toBe('SUCCESS');
    expect(verified.Session).toBeTypeOf('string');
    // The old session was replaced.
    await expectServiceError(
      answer(t, 'MFA_SETUP', associated.Session, { USERNAME: username }),
      'NotAuthorizedException',
      'Invalid session for the user.',
    );
    const done = await answer(t, 'MFA_SETUP', verified.Session, { USERNAME: username });
    const tokens = done.AuthenticationResult;
    expect(claimsOf(tokens?.AccessToken).username).toBe(username);
    const me = await t.sdk.send(new GetUserCommand({ AccessToken: tokens?.AccessToken }));
    expect(me.UserMFASettingList).toEqual(['SOFTWARE_TOKEN_MFA']);
    expect(me.PreferredMfaSetting).toBe('SOFTWARE_TOKEN_MFA');

    const next = await startSignIn(t, email);
    expect(next.ChallengeName).toBe('SOFTWARE_TOKEN_MFA');
    const signedIn = await answer(t, 'SOFTWARE_TOKEN_MFA', next.Session, {
      USERNAME: username,
      SOFTWARE_TOKEN_MFA_CODE: totpAt(secret, step + 1),
    });
    expect(signedIn.AuthenticationResult?.IdToken).toBeTypeOf('string');
  });
});

describe('SMS MFA', () => {
  it('SMS_MFA for a verified phone with SMS MFA enabled by an admin', async () => {
    const t = optional;
    const email = uniqueEmail('sms');
    const phone = '+15555550123';
    const username = await createConfirmedUser(t, email, {
      phone_number: phone,
      phone_number_verified: 'true',
    });
    await t.sdk.send(
      new AdminSetUserMFAPreferenceCommand({
        UserPoolId: t.poolId,
        Username: email,
        SMSMfaSettings: { Enabled: true, PreferredMfa: true },
      }),
    );
    const admin = await t.sdk.send(
      new AdminGetUserCommand({ UserPoolId: t.poolId, Username: email }),
    );
    expect(admin.UserMFASettingList).toEqual(['SMS_MFA']);
    expect(admin.PreferredMfaSetting).toBe('SMS_MFA');

    const challenge = await startSignIn(t, email);
    expect(challenge.ChallengeName).toBe('SMS_MFA');
    expect(challenge.ChallengeParameters).toMatchObject({
      USERNAME: username,
      CODE_DELIVERY_DELIVERY_MEDIUM: 'SMS',
      CODE_DELIVERY_DESTINATION: '+*******0123',
    });
    const sent = t.server.emulator.outbox({ username: email }).at(-1);
    expect(sent).toMatchObject({
      medium: 'SMS',
      destination: phone,
      purpose: 'MFA_SMS_MFA',
      username,
    });
    const code = codeFor(t.server.emulator, email, 'MFA_SMS_MFA');
    const wrong = code === '000000' ? '111111' : '000000';
    await expectServiceError(
      answer(t, 'SMS_MFA', challenge.Session, { USERNAME: username, SMS_MFA_CODE: wrong }),
      'CodeMismatchException',
      WRONG_CODE,
    );
    const done = await answer(t, 'SMS_MFA', challenge.Session, {
      USERNAME: username,
      SMS_MFA_CODE: code,
    });
    expect(claimsOf(done.AuthenticationResult?.IdToken)).toMatchObject({
      phone_number: phone,
      phone_number_verified: true,
    });
    await expectServiceError(
      answer(t, 'SMS_MFA', challenge.Session, { USERNAME: username, SMS_MFA_CODE: code }),
      'NotAuthorizedException',
      'Invalid session for the user.',
    );
  });

  it('SELECT_MFA_TYPE when SMS and TOTP are both enabled and none is preferred', async () => {
    const t = optional;
    const email = uniqueEmail('select');
    const username = await createConfirmedUser(t, email, {
      phone_number: '+15555550199',
      phone_number_verified: 'true',
    });
    const { secret, accessToken } = await setUpTotp(t, email);
    await t.sdk.send(
      new SetUserMFAPreferenceCommand({
        AccessToken: accessToken,
        SoftwareTokenMfaSettings: { Enabled: true, PreferredMfa: false },
        SMSMfaSettings: { Enabled: true, PreferredMfa: false },
      }),
    );
    const me = await t.sdk.send(new GetUserCommand({ AccessToken: accessToken }));
    expect(me.PreferredMfaSetting).toBeUndefined();
    expect([...(me.UserMFASettingList ?? [])].sort()).toEqual(['SMS_MFA', 'SOFTWARE_TOKEN_MFA']);

    const viaSms = await startSignIn(t, email);
    expect(viaSms.ChallengeName).toBe('SELECT_MFA_TYPE');
    expect(JSON.parse(viaSms.ChallengeParameters?.MFAS_CAN_CHOOSE ?? '[]').sort()).toEqual([
      'SMS_MFA',
      'SOFTWARE_TOKEN_MFA',
    ]);
    await expectServiceError(
      answer(t, 'SELECT_MFA_TYPE', viaSms.Session, { USERNAME: username, ANSWER: 'EMAIL_OTP' }),
      'InvalidParameterException',
      'Invalid ANSWER EMAIL_OTP',
    );
    const sms = await answer(t, 'SELECT_MFA_TYPE', viaSms.Session, {
      USERNAME: username,
      ANSWER: 'SMS_MFA',
    });
    expect(sms.ChallengeName).toBe('SMS_MFA');
    const smsDone = await answer(t, 'SMS_MFA', sms.Session, {
      USERNAME: username,
      SMS_MFA_CODE: codeFor(t.server.emulator, email, 'MFA_SMS_MFA'),
    });
    expect(smsDone.AuthenticationResult?.AccessToken).toBeTypeOf('string');

    const viaTotp = await startSignIn(t, email);
    const totp = await answer(t, 'SELECT_MFA_TYPE', viaTotp.Session, {
      USERNAME: username,
      ANSWER: 'SOFTWARE_TOKEN_MFA',
    });
    expect(totp.ChallengeName).toBe('SOFTWARE_TOKEN_MFA');
    const totpDone = await answer(t, 'SOFTWARE_TOKEN_MFA', totp.Session, {
      USERNAME: username,
      SOFTWARE_TOKEN_MFA_CODE: totpAt(secret, totpStep(t.server.emulator.now())),
    });
    expect(claimsOf(totpDone.AuthenticationResult?.AccessToken).username).toBe(username);

    // Preferring one skips the choice.
    await t.sdk.send(
      new SetUserMFAPreferenceCommand({
        AccessToken: totpDone.AuthenticationResult?.AccessToken,
        SMSMfaSettings: { Enabled: true, PreferredMfa: true },
      }),
    );
    const preferred = await startSignIn(t, email);
    expect(preferred.ChallengeName).toBe('SMS_MFA');
  });
});
