import {
  confirmSignIn,
  fetchAuthSession,
  fetchMFAPreference,
  type SignInOutput,
  setUpTOTP,
  signIn,
  signOut,
  updateMFAPreference,
  verifyTOTPSetup,
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
  wrongTotp,
} from './support/amplify.ts';

signOutAfterEach();

const PASSWORD_AUTH = { authFlowType: 'USER_PASSWORD_AUTH' } as const;
const WRONG_CODE = 'Invalid code or auth state for the user.';
const MASKED = /^[a-z]\*\*\*@e\*\*\*$/;
const DONE = { isSignedIn: true, nextStep: { signInStep: 'DONE' } };

const signInWithPassword = (email: string): Promise<SignInOutput> =>
  signIn({ username: email, password: PASSWORD, options: PASSWORD_AUTH });

/** Signs in, registers an authenticator app with Amplify's own calls, signs out. Returns the secret. */
async function enrollTotp(
  t: AmplifyPool,
  email: string,
  preference: 'PREFERRED' | 'ENABLED',
  alsoEmail?: 'ENABLED',
): Promise<string> {
  expect(await signInWithPassword(email)).toEqual(DONE);
  const { sharedSecret } = await setUpTOTP();
  await verifyTOTPSetup({ code: t.totp(sharedSecret) });
  await updateMFAPreference({ totp: preference, ...(alsoEmail ? { email: alsoEmail } : {}) });
  await signOut();
  // The code just used for verification cannot be used again: move to the next 30 s step.
  t.advance(30);
  return sharedSecret;
}

async function enableEmailMfa(email: string, preference: 'PREFERRED' | 'ENABLED'): Promise<void> {
  expect(await signInWithPassword(email)).toEqual(DONE);
  await updateMFAPreference({ email: preference });
  await signOut();
}

describe('Amplify MFA with MfaConfiguration OPTIONAL (TOTP and email)', () => {
  const pool = sharedPool({ MfaConfiguration: 'OPTIONAL' }, {}, (t) => setPoolMfa(t, 'OPTIONAL'));

  it('TOTP: setUpTOTP → verifyTOTPSetup → PREFERRED, then sign-in asks for the code', async () => {
    const t = pool();
    const email = uniqueEmail('totp');
    const username = await seedUser(t, email);
    // Optional MFA and nothing set up: no challenge.
    expect(await signInWithPassword(email)).toEqual(DONE);
    expect(await fetchMFAPreference()).toEqual({ enabled: undefined, preferred: undefined });

    const setup = await setUpTOTP();
    expect(setup.sharedSecret).toMatch(/^[A-Z2-7]{32}$/);
    const uri = setup.getSetupUri('Notes', email);
    expect(uri.protocol).toBe('otpauth:');
    expect(uri.searchParams.get('secret')).toBe(setup.sharedSecret);
    expect(uri.searchParams.get('issuer')).toBe('Notes');

    await expectError(
      verifyTOTPSetup({ code: wrongTotp(setup.sharedSecret, t.server.emulator.now()) }),
      'EnableSoftwareTokenMFAException',
      'Code mismatch and fail enable Software Token MFA mfa',
    );
    await verifyTOTPSetup({
      code: t.totp(setup.sharedSecret),
      options: { friendlyDeviceName: 'phone' },
    });
    await updateMFAPreference({ totp: 'PREFERRED' });
    expect(await fetchMFAPreference()).toEqual({ enabled: ['TOTP'], preferred: 'TOTP' });
    await signOut();
    t.advance(30);

    // The default SRP flow goes PASSWORD_VERIFIER → SOFTWARE_TOKEN_MFA.
    expect(await signIn({ username: email, password: PASSWORD })).toEqual({
      isSignedIn: false,
      nextStep: { signInStep: 'CONFIRM_SIGN_IN_WITH_TOTP_CODE' },
    });
    expect(await confirmSignIn({ challengeResponse: t.totp(setup.sharedSecret) })).toEqual(DONE);
    const { tokens } = await fetchAuthSession();
    expect(claimsOf(tokens?.accessToken)).toMatchObject({
      sub: username,
      username,
      token_use: 'access',
    });
  });

  it('TOTP: a wrong code keeps the challenge open for a retry; a used code cannot be replayed', async () => {
    const t = pool();
    const email = uniqueEmail('totp-retry');
    await seedUser(t, email);
    const secret = await enrollTotp(t, email, 'PREFERRED');

    expect((await signInWithPassword(email)).nextStep.signInStep).toBe(
      'CONFIRM_SIGN_IN_WITH_TOTP_CODE',
    );
    await expectError(
      confirmSignIn({ challengeResponse: wrongTotp(secret, t.server.emulator.now()) }),
      'CodeMismatchException',
      WRONG_CODE,
    );
    const code = t.totp(secret);
    expect(await confirmSignIn({ challengeResponse: code })).toEqual(DONE);
    await signOut();

    expect((await signInWithPassword(email)).nextStep.signInStep).toBe(
      'CONFIRM_SIGN_IN_WITH_TOTP_CODE',
    );
    await expectError(
      confirmSignIn({ challengeResponse: code }),
      'CodeMismatchException',
      WRONG_CODE,
    );
    t.advance(30);
    expect(await confirmSignIn({ challengeResponse: t.totp(secret) })).toEqual(DONE);
  });

  it('email MFA: CONFIRM_SIGN_IN_WITH_EMAIL_CODE with the code from the outbox', async () => {
    const t = pool();
    const email = uniqueEmail('email-mfa');
    await seedUser(t, email);
    expect(await signInWithPassword(email)).toEqual(DONE);
    await updateMFAPreference({ email: 'PREFERRED' });
    expect(await fetchMFAPreference()).toEqual({ enabled: ['EMAIL'], preferred: 'EMAIL' });
    await signOut();

    expect(await signInWithPassword(email)).toEqual({
      isSignedIn: false,
      nextStep: {
        signInStep: 'CONFIRM_SIGN_IN_WITH_EMAIL_CODE',
        codeDeliveryDetails: {
          deliveryMedium: 'EMAIL',
          destination: expect.stringMatching(MASKED),
        },
      },
    });
    const code = t.lastCode(email);
    await expectError(
      confirmSignIn({ challengeResponse: code === '000000' ? '111111' : '000000' }),
      'CodeMismatchException',
      WRONG_CODE,
    );
    expect(await confirmSignIn({ challengeResponse: code })).toEqual(DONE);
  });

  it('both enabled, none preferred: CONTINUE_SIGN_IN_WITH_MFA_SELECTION, either can be chosen', async () => {
    const t = pool();
    const email = uniqueEmail('choose');
    await seedUser(t, email);
    const secret = await enrollTotp(t, email, 'ENABLED', 'ENABLED');

    const first = await signInWithPassword(email);
    expect(first.nextStep.signInStep).toBe('CONTINUE_SIGN_IN_WITH_MFA_SELECTION');
    expect(first.nextStep).toHaveProperty('allowedMFATypes');
    const allowed = (first.nextStep as { allowedMFATypes: string[] }).allowedMFATypes;
    expect([...allowed].sort()).toEqual(['EMAIL', 'TOTP']);
    expect(await confirmSignIn({ challengeResponse: 'TOTP' })).toEqual({
      isSignedIn: false,
      nextStep: { signInStep: 'CONFIRM_SIGN_IN_WITH_TOTP_CODE' },
    });
    expect(await confirmSignIn({ challengeResponse: t.totp(secret) })).toEqual(DONE);
    const preference = await fetchMFAPreference();
    expect(preference.preferred).toBeUndefined();
    expect([...(preference.enabled ?? [])].sort()).toEqual(['EMAIL', 'TOTP']);
    await signOut();

    expect((await signInWithPassword(email)).nextStep.signInStep).toBe(
      'CONTINUE_SIGN_IN_WITH_MFA_SELECTION',
    );
    const emailStep = await confirmSignIn({ challengeResponse: 'EMAIL' });
    expect(emailStep.nextStep).toEqual({
      signInStep: 'CONFIRM_SIGN_IN_WITH_EMAIL_CODE',
      codeDeliveryDetails: { deliveryMedium: 'EMAIL', destination: expect.stringMatching(MASKED) },
    });
    expect(await confirmSignIn({ challengeResponse: t.lastCode(email) })).toEqual(DONE);
  });

  it('an MFA challenge answered after 3 minutes: "Invalid session for the user, session is expired."', async () => {
    const t = pool();
    const email = uniqueEmail('late');
    await seedUser(t, email);
    await enableEmailMfa(email, 'PREFERRED');
    expect((await signInWithPassword(email)).nextStep.signInStep).toBe(
      'CONFIRM_SIGN_IN_WITH_EMAIL_CODE',
    );
    t.advance(200);
    await expectError(
      confirmSignIn({ challengeResponse: t.lastCode(email) }),
      'NotAuthorizedException',
      'Invalid session for the user, session is expired.',
    );
  });
});

describe('Amplify MFA with MfaConfiguration ON (set up during sign-in)', () => {
  const pool = sharedPool({ MfaConfiguration: 'ON' });

  it('both kinds: MFA_SETUP selection → TOTP set-up with the shared secret → DONE', async () => {
    const t = pool();
    await setPoolMfa(t, 'ON', { totp: true, email: true });
    const email = uniqueEmail('setup-totp');
    const username = await seedUser(t, email);

    const first = await signInWithPassword(email);
    expect(first.nextStep.signInStep).toBe('CONTINUE_SIGN_IN_WITH_MFA_SETUP_SELECTION');
    expect([...(first.nextStep as { allowedMFATypes: string[] }).allowedMFATypes].sort()).toEqual([
      'EMAIL',
      'TOTP',
    ]);

    const setupStep = await confirmSignIn({ challengeResponse: 'TOTP' });
    expect(setupStep.isSignedIn).toBe(false);
    if (setupStep.nextStep.signInStep !== 'CONTINUE_SIGN_IN_WITH_TOTP_SETUP') {
      throw new Error(`unexpected step ${setupStep.nextStep.signInStep}`);
    }
    const { sharedSecret, getSetupUri } = setupStep.nextStep.totpSetupDetails;
    expect(sharedSecret).toMatch(/^[A-Z2-7]{32}$/);
    const uri = getSetupUri('Notes');
    expect(uri.href).toBe(`otpauth://totp/Notes:${username}?secret=${sharedSecret}&issuer=Notes`);

    await expectError(
      confirmSignIn({ challengeResponse: wrongTotp(sharedSecret, t.server.emulator.now()) }),
      'EnableSoftwareTokenMFAException',
      'Code mismatch and fail enable Software Token MFA mfa',
    );
    expect(await confirmSignIn({ challengeResponse: t.totp(sharedSecret) })).toEqual(DONE);
    expect((await fetchMFAPreference()).enabled).toEqual(['TOTP']);
    await signOut();

    t.advance(30);
    expect((await signInWithPassword(email)).nextStep.signInStep).toBe(
      'CONFIRM_SIGN_IN_WITH_TOTP_CODE',
    );
    expect(await confirmSignIn({ challengeResponse: t.totp(sharedSecret) })).toEqual(DONE);
  });

  it('both kinds: choosing EMAIL → CONTINUE_SIGN_IN_WITH_EMAIL_SETUP → code → DONE', async () => {
    const t = pool();
    await setPoolMfa(t, 'ON', { totp: true, email: true });
    const email = uniqueEmail('setup-email');
    await seedUser(t, email);

    expect((await signInWithPassword(email)).nextStep.signInStep).toBe(
      'CONTINUE_SIGN_IN_WITH_MFA_SETUP_SELECTION',
    );
    expect(await confirmSignIn({ challengeResponse: 'EMAIL' })).toEqual({
      isSignedIn: false,
      nextStep: { signInStep: 'CONTINUE_SIGN_IN_WITH_EMAIL_SETUP' },
    });
    expect(await confirmSignIn({ challengeResponse: email })).toEqual({
      isSignedIn: false,
      nextStep: {
        signInStep: 'CONFIRM_SIGN_IN_WITH_EMAIL_CODE',
        codeDeliveryDetails: {
          deliveryMedium: 'EMAIL',
          destination: expect.stringMatching(MASKED),
        },
      },
    });
    expect(await confirmSignIn({ challengeResponse: t.lastCode(email) })).toEqual(DONE);
    expect((await fetchMFAPreference()).enabled).toEqual(['EMAIL']);
    await signOut();

    expect((await signInWithPassword(email)).nextStep.signInStep).toBe(
      'CONFIRM_SIGN_IN_WITH_EMAIL_CODE',
    );
    expect(await confirmSignIn({ challengeResponse: t.lastCode(email) })).toEqual(DONE);
  });

  it('TOTP only: straight to CONTINUE_SIGN_IN_WITH_TOTP_SETUP (SRP flow)', async () => {
    const t = pool();
    await setPoolMfa(t, 'ON', { totp: true });
    const email = uniqueEmail('totp-only');
    await seedUser(t, email);
    const step = await signIn({ username: email, password: PASSWORD });
    if (step.nextStep.signInStep !== 'CONTINUE_SIGN_IN_WITH_TOTP_SETUP') {
      throw new Error(`unexpected step ${step.nextStep.signInStep}`);
    }
    const secret = step.nextStep.totpSetupDetails.sharedSecret;
    expect(await confirmSignIn({ challengeResponse: t.totp(secret) })).toEqual(DONE);
  });

  it('email only: straight to CONTINUE_SIGN_IN_WITH_EMAIL_SETUP', async () => {
    const t = pool();
    await setPoolMfa(t, 'ON', { email: true });
    const email = uniqueEmail('email-only');
    await seedUser(t, email);
    expect(await signInWithPassword(email)).toEqual({
      isSignedIn: false,
      nextStep: { signInStep: 'CONTINUE_SIGN_IN_WITH_EMAIL_SETUP' },
    });
    expect((await confirmSignIn({ challengeResponse: email })).nextStep.signInStep).toBe(
      'CONFIRM_SIGN_IN_WITH_EMAIL_CODE',
    );
    expect(await confirmSignIn({ challengeResponse: t.lastCode(email) })).toEqual(DONE);
  });
});
