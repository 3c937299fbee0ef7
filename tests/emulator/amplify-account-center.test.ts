import {
  AdminSetUserMFAPreferenceCommand,
  CreateUserPoolClientCommand,
  SetUserPoolMfaConfigCommand,
} from '@aws-sdk/client-cognito-identity-provider';
import {
  confirmSignIn,
  confirmUserAttribute,
  deleteUser,
  fetchAuthSession,
  fetchDevices,
  fetchMFAPreference,
  fetchUserAttributes,
  forgetDevice,
  rememberDevice,
  sendUserAttributeVerificationCode,
  signIn,
  signOut,
  updateMFAPreference,
  updatePassword,
  updateUserAttributes,
} from 'aws-amplify/auth';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  type AmplifyPool,
  claimsOf,
  configureAmplify,
  expectError,
  NEW_PASSWORD,
  PASSWORD,
  provideNavigator,
  seedUser,
  sharedPool,
  signOutAfterEach,
  uniqueEmail,
} from './support/amplify.ts';

signOutAfterEach();
beforeAll(() => provideNavigator());

const DONE = { isSignedIn: true, nextStep: { signInStep: 'DONE' } };
const INCORRECT = 'Incorrect username or password.';
/** How the app signs in (src/lib/auth/sign-in.ts with signInFlow 'choice'). */
const APP_SIGN_IN = { authFlowType: 'USER_AUTH', preferredChallenge: 'PASSWORD_SRP' } as const;

let legacyClientId = '';

/** The pool as `npm start` seeds it and the CDK stack deploys it. */
const pool = sharedPool(
  {
    UserPoolTier: 'ESSENTIALS',
    Policies: {
      PasswordPolicy: {
        MinimumLength: 8,
        RequireLowercase: true,
        RequireUppercase: true,
        RequireNumbers: true,
        RequireSymbols: true,
        PasswordHistorySize: 3,
      },
      SignInPolicy: { AllowedFirstAuthFactors: ['PASSWORD', 'EMAIL_OTP'] },
    },
    UserAttributeUpdateSettings: { AttributesRequireVerificationBeforeUpdate: ['email'] },
    MfaConfiguration: 'OPTIONAL',
    DeviceConfiguration: {
      ChallengeRequiredOnNewDevice: true,
      DeviceOnlyRememberedOnUserPrompt: true,
    },
  },
  {},
  async (t) => {
    await t.sdk.send(
      new SetUserPoolMfaConfigCommand({
        UserPoolId: t.poolId,
        MfaConfiguration: 'OPTIONAL',
        SoftwareTokenMfaConfiguration: { Enabled: true },
        EmailMfaConfiguration: {},
        SmsMfaConfiguration: { SmsAuthenticationMessage: 'Your code is {####}' },
      }),
    );
    const legacy = await t.sdk.send(
      new CreateUserPoolClientCommand({
        UserPoolId: t.poolId,
        ClientName: 'legacy',
        ExplicitAuthFlows: ['ALLOW_USER_SRP_AUTH', 'ALLOW_USER_AUTH', 'ALLOW_REFRESH_TOKEN_AUTH'],
        PreventUserExistenceErrors: 'LEGACY',
      }),
    );
    legacyClientId = legacy.UserPoolClient?.ClientId as string;
  },
);

async function signedIn(t: AmplifyPool, prefix: string): Promise<string> {
  const email = uniqueEmail(prefix);
  await seedUser(t, email);
  expect(await signIn({ username: email, password: PASSWORD, options: APP_SIGN_IN })).toEqual(DONE);
  return email;
}

describe('Amplify against the account-center pool', () => {
  it('SMS MFA: needs a phone; updateMFAPreference, fetchMFAPreference, then confirmSignIn with the texted code', async () => {
    const t = pool();
    const email = await signedIn(t, 'sms');
    await expectError(
      updateMFAPreference({ sms: 'PREFERRED' }),
      'InvalidParameterException',
      'User does not have a phone_number set to turn on SMS MFA',
    );

    // The phone is not in AttributesRequireVerificationBeforeUpdate: written at once, unverified.
    const added = await updateUserAttributes({ userAttributes: { phone_number: '+15555550142' } });
    expect(added.phone_number?.isUpdated).toBe(true);
    const sent = await sendUserAttributeVerificationCode({ userAttributeKey: 'phone_number' });
    expect(sent).toEqual({
      attributeName: 'phone_number',
      deliveryMedium: 'SMS',
      destination: '+*******0142',
    });
    expect(t.server.emulator.outbox().at(-1)).toMatchObject({
      medium: 'SMS',
      destination: '+15555550142',
      purpose: 'VERIFY_phone_number',
    });
    await confirmUserAttribute({
      userAttributeKey: 'phone_number',
      confirmationCode: t.lastCode(email, 'VERIFY_phone_number'),
    });
    expect(await fetchUserAttributes()).toMatchObject({ phone_number_verified: 'true' });

    await updateMFAPreference({ sms: 'ENABLED' });
    expect(await fetchMFAPreference()).toEqual({ enabled: ['SMS'] });
    await updateMFAPreference({ sms: 'PREFERRED' });
    expect(await fetchMFAPreference()).toEqual({ enabled: ['SMS'], preferred: 'SMS' });
    await signOut();

    const challenge = await signIn({ username: email, password: PASSWORD, options: APP_SIGN_IN });
    expect(challenge.nextStep).toEqual({
      signInStep: 'CONFIRM_SIGN_IN_WITH_SMS_CODE',
      codeDeliveryDetails: { deliveryMedium: 'SMS', destination: '+*******0142' },
    });
    await expectError(
      confirmSignIn({ challengeResponse: '000000' === t.lastCode(email) ? '111111' : '000000' }),
      'CodeMismatchException',
      'Invalid code or auth state for the user.',
    );
    expect(await confirmSignIn({ challengeResponse: t.lastCode(email, 'MFA_SMS_MFA') })).toEqual(
      DONE,
    );

    await updateMFAPreference({ sms: 'DISABLED' });
    expect(await fetchMFAPreference()).toEqual({});
  });

  it('change email: the old address works until confirmUserAttribute, then only the new one', async () => {
    const t = pool();
    const oldEmail = await signedIn(t, 'old');
    const newEmail = uniqueEmail('new');
    const output = await updateUserAttributes({ userAttributes: { email: newEmail } });
    expect(output.email).toEqual({
      isUpdated: false,
      nextStep: {
        updateAttributeStep: 'CONFIRM_ATTRIBUTE_WITH_CODE',
        codeDeliveryDetails: {
          attributeName: 'email',
          deliveryMedium: 'EMAIL',
          destination: expect.stringMatching(/^n\*\*\*@e\*\*\*$/),
        },
      },
    });
    expect(await fetchUserAttributes()).toMatchObject({ email: oldEmail, email_verified: 'true' });
    // Resending the code goes to the pending address.
    await sendUserAttributeVerificationCode({ userAttributeKey: 'email' });
    expect(t.server.emulator.outbox().at(-1)?.destination).toBe(newEmail);

    await confirmUserAttribute({
      userAttributeKey: 'email',
      confirmationCode: t.lastCode(newEmail, 'VERIFY_email'),
    });
    expect(await fetchUserAttributes()).toMatchObject({ email: newEmail, email_verified: 'true' });
    // The ID token carries the new email once refreshed.
    const { tokens } = await fetchAuthSession({ forceRefresh: true });
    expect(tokens?.idToken?.payload.email).toBe(newEmail);
    await signOut();

    await expectError(
      signIn({ username: oldEmail, password: PASSWORD, options: APP_SIGN_IN }),
      'NotAuthorizedException',
      INCORRECT,
    );
    expect(await signIn({ username: newEmail, password: PASSWORD, options: APP_SIGN_IN })).toEqual(
      DONE,
    );
  });

  it('updatePassword: a recent password is PasswordHistoryPolicyViolationException; the old one stops working', async () => {
    const t = pool();
    const email = await signedIn(t, 'password');
    await expectError(
      updatePassword({ oldPassword: PASSWORD, newPassword: PASSWORD }),
      'PasswordHistoryPolicyViolationException',
      /.+/,
    );
    await expectError(
      updatePassword({ oldPassword: 'Wr0ng-Passw0rd!', newPassword: NEW_PASSWORD }),
      'NotAuthorizedException',
      INCORRECT,
    );
    await updatePassword({ oldPassword: PASSWORD, newPassword: NEW_PASSWORD });
    await expectError(
      updatePassword({ oldPassword: NEW_PASSWORD, newPassword: PASSWORD }),
      'PasswordHistoryPolicyViolationException',
      /.+/,
    );
    await signOut();
    await expectError(
      signIn({ username: email, password: PASSWORD, options: APP_SIGN_IN }),
      'NotAuthorizedException',
      INCORRECT,
    );
    expect(await signIn({ username: email, password: NEW_PASSWORD, options: APP_SIGN_IN })).toEqual(
      DONE,
    );
  });

  it('USER_AUTH with PASSWORD_SRP: a remembered device skips MFA (DEVICE_SRP_AUTH); forgotten, MFA is back', async () => {
    const t = pool();
    const email = uniqueEmail('device');
    const username = await seedUser(t, email);
    await t.sdk.send(
      new AdminSetUserMFAPreferenceCommand({
        UserPoolId: t.poolId,
        Username: email,
        EmailMfaSettings: { Enabled: true, PreferredMfa: true },
      }),
    );
    const withMfa = async () => {
      const result = await signIn({ username: email, password: PASSWORD, options: APP_SIGN_IN });
      expect(result.nextStep.signInStep).toBe('CONFIRM_SIGN_IN_WITH_EMAIL_CODE');
      expect(
        await confirmSignIn({ challengeResponse: t.lastCode(email, 'MFA_EMAIL_OTP') }),
      ).toEqual(DONE);
    };

    await withMfa();
    const deviceKey = t.storage.find('deviceKey');
    expect(deviceKey).toEqual(expect.any(String));
    await rememberDevice();
    const [device] = await fetchDevices();
    expect(device?.id).toBe(deviceKey);
    expect(device?.attributes).toMatchObject({
      device_status: 'valid',
      device_name: expect.any(String),
      'dev:device_remembered_status': 'remembered',
      last_ip_used: '127.0.0.1',
    });
    await signOut();

    t.calls.length = 0;
    expect(await signIn({ username: email, password: PASSWORD, options: APP_SIGN_IN })).toEqual(
      DONE,
    );
    expect(t.calls.filter((c) => c.op !== 'GetUser')).toEqual([
      { op: 'InitiateAuth', detail: 'USER_AUTH' },
      { op: 'RespondToAuthChallenge', detail: 'PASSWORD_VERIFIER' },
      { op: 'RespondToAuthChallenge', detail: 'DEVICE_SRP_AUTH' },
      { op: 'RespondToAuthChallenge', detail: 'DEVICE_PASSWORD_VERIFIER' },
    ]);
    const { tokens } = await fetchAuthSession();
    // The access token names the device: the account pages mark "this device" with it.
    expect(claimsOf(tokens?.accessToken)).toMatchObject({ username, device_key: deviceKey });
    await signOut();

    await signOut();

    // USER_AUTH with a plain PASSWORD: Amplify sends no DEVICE_KEY (not with the password, and
    // not with the MFA answer, where it looks the key up under the typed email instead of the
    // Cognito username), so MFA is asked and the sign-in registers yet another device.
    t.calls.length = 0;
    const plain = await signIn({
      username: email,
      password: PASSWORD,
      options: { authFlowType: 'USER_AUTH', preferredChallenge: 'PASSWORD' },
    });
    expect(plain.nextStep.signInStep).toBe('CONFIRM_SIGN_IN_WITH_EMAIL_CODE');
    expect(await confirmSignIn({ challengeResponse: t.lastCode(email, 'MFA_EMAIL_OTP') })).toEqual(
      DONE,
    );
    expect(t.calls.some((c) => c.detail === 'DEVICE_SRP_AUTH')).toBe(false);
    expect(t.calls.map((c) => c.op)).toContain('ConfirmDevice');
    const both = await fetchDevices();
    expect(both).toHaveLength(2);

    // Forget both devices: MFA is back.
    for (const { id } of both) await forgetDevice({ device: { id } });
    expect(await fetchDevices()).toEqual([]);
    await signOut();
    await withMfa();
    expect(t.storage.find('deviceKey')).not.toBe(deviceKey);
  });

  it('deleteUser: the session ends; signing in again says there is no such account per the client setting', async () => {
    const t = pool();
    const email = await signedIn(t, 'delete');
    await deleteUser();
    expect(t.storage.find('accessToken')).toBeUndefined();
    await expectError(
      signIn({ username: email, password: PASSWORD, options: APP_SIGN_IN }),
      'NotAuthorizedException',
      INCORRECT,
    );
    configureAmplify(t, legacyClientId);
    await expectError(
      signIn({ username: email, password: PASSWORD, options: APP_SIGN_IN }),
      'UserNotFoundException',
      'User does not exist.',
    );
  });
});
