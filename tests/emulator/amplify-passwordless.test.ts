import {
  AdminGetUserCommand,
  AdminSetUserMFAPreferenceCommand,
} from '@aws-sdk/client-cognito-identity-provider';
import {
  autoSignIn,
  confirmSignIn,
  confirmSignUp,
  fetchAuthSession,
  getCurrentUser,
  signIn,
  signOut,
  signUp,
} from 'aws-amplify/auth';
import { describe, expect, it } from 'vitest';
import {
  type AmplifyPool,
  claimsOf,
  expectError,
  PASSWORD,
  seedUser,
  setPoolMfa,
  sharedPool,
  signOutAfterEach,
  uniqueEmail,
} from './support/amplify.ts';

signOutAfterEach();

const USER_AUTH = 'USER_AUTH' as const;
const DONE = { isSignedIn: true, nextStep: { signInStep: 'DONE' } };
const MASKED = /^[a-z]\*\*\*@e\*\*\*$/;
const EMAIL_CODE_STEP = {
  isSignedIn: false,
  nextStep: {
    signInStep: 'CONFIRM_SIGN_IN_WITH_EMAIL_CODE',
    codeDeliveryDetails: { deliveryMedium: 'EMAIL', destination: expect.stringMatching(MASKED) },
  },
};

async function expectSignedInAs(t: AmplifyPool, username: string, email: string) {
  const { tokens } = await fetchAuthSession();
  expect(claimsOf(tokens?.accessToken)).toMatchObject({
    sub: username,
    username,
    client_id: t.clientId,
  });
  expect((await getCurrentUser()).signInDetails).toEqual({
    loginId: email,
    authFlowType: 'USER_AUTH',
  });
}

describe('Amplify choice-based sign-in (USER_AUTH) with PASSWORD and EMAIL_OTP first factors', () => {
  // Optional email MFA too, to show a passwordless first factor is not followed by MFA.
  const pool = sharedPool(
    {
      MfaConfiguration: 'OPTIONAL',
      Policies: { SignInPolicy: { AllowedFirstAuthFactors: ['PASSWORD', 'EMAIL_OTP'] } },
    },
    {},
    (t) => setPoolMfa(t, 'OPTIONAL', { email: true }),
  );

  it('without a preference: first-factor selection → EMAIL_OTP → code → DONE', async () => {
    const t = pool();
    const email = uniqueEmail('select');
    const username = await seedUser(t, email);
    const first = await signIn({ username: email, options: { authFlowType: USER_AUTH } });
    expect(first.isSignedIn).toBe(false);
    expect(first.nextStep.signInStep).toBe('CONTINUE_SIGN_IN_WITH_FIRST_FACTOR_SELECTION');
    const available =
      (first.nextStep as { availableChallenges?: string[] }).availableChallenges ?? [];
    expect([...available].sort()).toEqual(['EMAIL_OTP', 'PASSWORD', 'PASSWORD_SRP']);

    expect(await confirmSignIn({ challengeResponse: 'EMAIL_OTP' })).toEqual(EMAIL_CODE_STEP);
    expect(await confirmSignIn({ challengeResponse: t.lastCode(email) })).toEqual(DONE);
    await expectSignedInAs(t, username, email);
  });

  it('preferredChallenge EMAIL_OTP goes straight to the code; a wrong code can be retried', async () => {
    const t = pool();
    const email = uniqueEmail('otp');
    const username = await seedUser(t, email);
    expect(
      await signIn({
        username: email,
        options: { authFlowType: USER_AUTH, preferredChallenge: 'EMAIL_OTP' },
      }),
    ).toEqual(EMAIL_CODE_STEP);
    const code = t.lastCode(email);
    await expectError(
      confirmSignIn({ challengeResponse: code === '000000' ? '111111' : '000000' }),
      'CodeMismatchException',
      'Invalid code or auth state for the user.',
    );
    expect(await confirmSignIn({ challengeResponse: code })).toEqual(DONE);
    await expectSignedInAs(t, username, email);
  });

  it('preferredChallenge PASSWORD_SRP and PASSWORD sign in with the password', async () => {
    const t = pool();
    const email = uniqueEmail('pwd');
    const username = await seedUser(t, email);
    for (const preferredChallenge of ['PASSWORD_SRP', 'PASSWORD'] as const) {
      expect(
        await signIn({
          username: email,
          password: PASSWORD,
          options: { authFlowType: USER_AUTH, preferredChallenge },
        }),
      ).toEqual(DONE);
      await expectSignedInAs(t, username, email);
      await signOut();
      await expectError(
        signIn({
          username: email,
          password: 'Wr0ng-password!',
          options: { authFlowType: USER_AUTH, preferredChallenge },
        }),
        'NotAuthorizedException',
        'Incorrect username or password.',
      );
    }
  });

  it('selection → PASSWORD or PASSWORD_SRP → CONFIRM_SIGN_IN_WITH_PASSWORD → DONE', async () => {
    const t = pool();
    const email = uniqueEmail('pick-pwd');
    const username = await seedUser(t, email);
    for (const choice of ['PASSWORD', 'PASSWORD_SRP']) {
      const first = await signIn({ username: email, options: { authFlowType: USER_AUTH } });
      expect(first.nextStep.signInStep).toBe('CONTINUE_SIGN_IN_WITH_FIRST_FACTOR_SELECTION');
      expect(await confirmSignIn({ challengeResponse: choice })).toEqual({
        isSignedIn: false,
        nextStep: { signInStep: 'CONFIRM_SIGN_IN_WITH_PASSWORD' },
      });
      expect(await confirmSignIn({ challengeResponse: PASSWORD })).toEqual(DONE);
      await expectSignedInAs(t, username, email);
      await signOut();
    }
  });

  it('MFA follows a password first factor but not an EMAIL_OTP one', async () => {
    const t = pool();
    const email = uniqueEmail('mfa');
    await seedUser(t, email);
    await t.sdk.send(
      new AdminSetUserMFAPreferenceCommand({
        UserPoolId: t.poolId,
        Username: email,
        EmailMfaSettings: { Enabled: true, PreferredMfa: true },
      }),
    );
    expect(
      await signIn({
        username: email,
        password: PASSWORD,
        options: { authFlowType: USER_AUTH, preferredChallenge: 'PASSWORD' },
      }),
    ).toEqual(EMAIL_CODE_STEP);
    expect(await confirmSignIn({ challengeResponse: t.lastCode(email) })).toEqual(DONE);
    await signOut();

    expect(
      await signIn({
        username: email,
        options: { authFlowType: USER_AUTH, preferredChallenge: 'EMAIL_OTP' },
      }),
    ).toEqual(EMAIL_CODE_STEP);
    expect(await confirmSignIn({ challengeResponse: t.lastCode(email) })).toEqual(DONE);
  });

  it('passwordless sign-up: no password, confirm, autoSignIn with USER_AUTH, later EMAIL_OTP', async () => {
    const t = pool();
    const email = uniqueEmail('nopass');
    const up = await signUp({
      username: email,
      options: { userAttributes: { email }, autoSignIn: { authFlowType: USER_AUTH } },
    });
    expect(up.nextStep.signUpStep).toBe('CONFIRM_SIGN_UP');
    const confirmed = await confirmSignUp({
      username: email,
      confirmationCode: t.lastCode(email, 'SIGN_UP'),
    });
    expect(confirmed.nextStep.signUpStep).toBe('COMPLETE_AUTO_SIGN_IN');
    expect(await autoSignIn()).toEqual(DONE);
    await expectSignedInAs(t, up.userId as string, email);
    const user = await t.sdk.send(
      new AdminGetUserCommand({ UserPoolId: t.poolId, Username: email }),
    );
    expect(user.UserStatus).toBe('CONFIRMED');
    await signOut();

    expect(
      await signIn({
        username: email,
        options: { authFlowType: USER_AUTH, preferredChallenge: 'EMAIL_OTP' },
      }),
    ).toEqual(EMAIL_CODE_STEP);
    expect(await confirmSignIn({ challengeResponse: t.lastCode(email) })).toEqual(DONE);
  });
});

describe('Amplify choice-based sign-in (USER_AUTH) with an SMS_OTP first factor', () => {
  const PHONE = '+15555550147';
  const pool = sharedPool({
    Policies: { SignInPolicy: { AllowedFirstAuthFactors: ['PASSWORD', 'EMAIL_OTP', 'SMS_OTP'] } },
  });
  const SMS_CODE_STEP = {
    isSignedIn: false,
    nextStep: {
      signInStep: 'CONFIRM_SIGN_IN_WITH_SMS_CODE',
      codeDeliveryDetails: { deliveryMedium: 'SMS', destination: '+*******0147' },
    },
  };

  /** A user with a verified email and a verified phone: both OTP factors are open to them. */
  const seedPhoneUser = (t: AmplifyPool, email: string) =>
    seedUser(t, email, { attributes: { phone_number: PHONE, phone_number_verified: 'true' } });

  /** The newest sign-in code, which must have gone by SMS to the phone. */
  function textedCode(t: AmplifyPool, email: string): string {
    const sent = t.server.emulator.outbox({ username: email }).at(-1);
    expect(sent).toMatchObject({ medium: 'SMS', destination: PHONE, purpose: 'SIGN_IN_SMS_OTP' });
    return t.lastCode(email, 'SIGN_IN_SMS_OTP');
  }

  it('preferredChallenge SMS_OTP → CONFIRM_SIGN_IN_WITH_SMS_CODE → the texted code → DONE', async () => {
    const t = pool();
    const email = uniqueEmail('sms');
    const username = await seedPhoneUser(t, email);
    expect(
      await signIn({
        username: email,
        options: { authFlowType: USER_AUTH, preferredChallenge: 'SMS_OTP' },
      }),
    ).toEqual(SMS_CODE_STEP);
    expect(await confirmSignIn({ challengeResponse: textedCode(t, email) })).toEqual(DONE);
    await expectSignedInAs(t, username, email);
    // Amplify asked for SMS_OTP up front: no selection round trip.
    expect(t.calls.filter((call) => !call.op.startsWith('Admin'))).toEqual([
      { op: 'InitiateAuth', detail: 'USER_AUTH' },
      { op: 'RespondToAuthChallenge', detail: 'SMS_OTP' },
    ]);
  });

  it('first-factor selection offers SMS_OTP; choosing it texts the code → DONE', async () => {
    const t = pool();
    const email = uniqueEmail('sms-select');
    const username = await seedPhoneUser(t, email);
    const first = await signIn({ username: email, options: { authFlowType: USER_AUTH } });
    expect(first.nextStep.signInStep).toBe('CONTINUE_SIGN_IN_WITH_FIRST_FACTOR_SELECTION');
    const available =
      (first.nextStep as { availableChallenges?: string[] }).availableChallenges ?? [];
    expect([...available].sort()).toEqual(['EMAIL_OTP', 'PASSWORD', 'PASSWORD_SRP', 'SMS_OTP']);

    expect(await confirmSignIn({ challengeResponse: 'SMS_OTP' })).toEqual(SMS_CODE_STEP);
    expect(await confirmSignIn({ challengeResponse: textedCode(t, email) })).toEqual(DONE);
    await expectSignedInAs(t, username, email);
  });

  it('a wrong SMS code is CodeMismatchException; the right one then signs in', async () => {
    const t = pool();
    const email = uniqueEmail('sms-wrong');
    await seedPhoneUser(t, email);
    await signIn({
      username: email,
      options: { authFlowType: USER_AUTH, preferredChallenge: 'SMS_OTP' },
    });
    const code = textedCode(t, email);
    await expectError(
      confirmSignIn({ challengeResponse: code === '000000' ? '111111' : '000000' }),
      'CodeMismatchException',
      'Invalid code or auth state for the user.',
    );
    expect(await confirmSignIn({ challengeResponse: code })).toEqual(DONE);
  });

  it('an SMS code answered after 3 minutes fails: the sign-in session has expired', async () => {
    const t = pool();
    const email = uniqueEmail('sms-expired');
    await seedPhoneUser(t, email);
    await signIn({
      username: email,
      options: { authFlowType: USER_AUTH, preferredChallenge: 'SMS_OTP' },
    });
    const code = textedCode(t, email);
    t.advance(181);
    await expectError(
      confirmSignIn({ challengeResponse: code }),
      'NotAuthorizedException',
      'Invalid session for the user, session is expired.',
    );
    const { tokens } = await fetchAuthSession();
    expect(tokens).toBeUndefined();
  });

  it('the code of an earlier sign-in is spent: it does not answer a new SMS_OTP challenge', async () => {
    const t = pool();
    const email = uniqueEmail('sms-used');
    await seedPhoneUser(t, email);
    await signIn({
      username: email,
      options: { authFlowType: USER_AUTH, preferredChallenge: 'SMS_OTP' },
    });
    const used = textedCode(t, email);
    expect(await confirmSignIn({ challengeResponse: used })).toEqual(DONE);
    await signOut();

    expect(
      await signIn({
        username: email,
        options: { authFlowType: USER_AUTH, preferredChallenge: 'SMS_OTP' },
      }),
    ).toEqual(SMS_CODE_STEP);
    const fresh = textedCode(t, email);
    // Six random digits: a repeat is possible (1 in a million) and then proves nothing.
    if (fresh !== used) {
      await expectError(
        confirmSignIn({ challengeResponse: used }),
        'CodeMismatchException',
        'Invalid code or auth state for the user.',
      );
    }
    expect(await confirmSignIn({ challengeResponse: fresh })).toEqual(DONE);
  });
});
