import {
  AdminGetUserCommand,
  CreateUserPoolClientCommand,
} from '@aws-sdk/client-cognito-identity-provider';
import {
  confirmResetPassword,
  confirmSignUp,
  confirmUserAttribute,
  deleteUser,
  deleteUserAttributes,
  fetchAuthSession,
  fetchUserAttributes,
  getCurrentUser,
  resendSignUpCode,
  resetPassword,
  sendUserAttributeVerificationCode,
  signIn,
  signOut,
  updatePassword,
  updateUserAttributes,
} from 'aws-amplify/auth';
import { describe, expect, it } from 'vitest';
import {
  type AmplifyPool,
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
const WRONG_CODE = 'Invalid verification code provided, please try again.';
const MASKED = /^[a-z]\*\*\*@e\*\*\*$/;
const DONE = { isSignedIn: true, nextStep: { signInStep: 'DONE' } };

const signInWith = (email: string, password = PASSWORD) =>
  signIn({ username: email, password, options: PASSWORD_AUTH });

const otherCode = (code: string) => (code === '000000' ? '111111' : '000000');

async function signedIn(t: AmplifyPool, attributes: Record<string, string> = {}) {
  const email = uniqueEmail('account');
  const username = await seedUser(t, email, { attributes });
  expect(await signInWith(email)).toEqual(DONE);
  return { email, username };
}

describe('Amplify account management against the emulator', () => {
  const pool = sharedPool({
    Schema: [{ Name: 'plan', AttributeDataType: 'String', Mutable: true }],
  });

  it('fetchUserAttributes returns standard and custom attributes as strings', async () => {
    const t = pool();
    const { email, username } = await signedIn(t, { name: 'Ann', 'custom:plan': 'pro' });
    expect(await fetchUserAttributes()).toEqual({
      sub: username,
      email,
      email_verified: 'true',
      name: 'Ann',
      'custom:plan': 'pro',
    });
    const { tokens } = await fetchAuthSession();
    expect(claimsOf(tokens?.idToken)).toMatchObject({
      name: 'Ann',
      'custom:plan': 'pro',
      email_verified: true,
    });
  });

  it('updateUserAttributes: a name is updated at once, a new email waits for its code', async () => {
    const t = pool();
    const { email } = await signedIn(t, { name: 'Ann' });
    const newEmail = uniqueEmail('moved');
    const result = await updateUserAttributes({ userAttributes: { name: 'Bea', email: newEmail } });
    expect(result).toEqual({
      name: { isUpdated: true, nextStep: { updateAttributeStep: 'DONE' } },
      email: {
        isUpdated: false,
        nextStep: {
          updateAttributeStep: 'CONFIRM_ATTRIBUTE_WITH_CODE',
          codeDeliveryDetails: {
            attributeName: 'email',
            deliveryMedium: 'EMAIL',
            destination: expect.stringMatching(MASKED),
          },
        },
      },
    });
    expect(await fetchUserAttributes()).toMatchObject({
      name: 'Bea',
      email: newEmail,
      email_verified: 'false',
    });

    const code = t.lastCode(newEmail, 'VERIFY_email');
    await expectError(
      confirmUserAttribute({ userAttributeKey: 'email', confirmationCode: otherCode(code) }),
      'CodeMismatchException',
      WRONG_CODE,
    );
    await confirmUserAttribute({ userAttributeKey: 'email', confirmationCode: code });
    expect((await fetchUserAttributes()).email_verified).toBe('true');
    const { tokens } = await fetchAuthSession({ forceRefresh: true });
    expect(claimsOf(tokens?.idToken)).toMatchObject({
      email: newEmail,
      email_verified: true,
      name: 'Bea',
    });

    await signOut();
    await expectError(signInWith(email), 'NotAuthorizedException', INCORRECT);
    expect(await signInWith(newEmail)).toEqual(DONE);
  });

  it('sendUserAttributeVerificationCode + confirmUserAttribute verify an unverified email', async () => {
    const t = pool();
    const { email } = await signedIn(t, { email_verified: 'false' });
    expect(await sendUserAttributeVerificationCode({ userAttributeKey: 'email' })).toEqual({
      attributeName: 'email',
      deliveryMedium: 'EMAIL',
      destination: expect.stringMatching(MASKED),
    });
    await confirmUserAttribute({
      userAttributeKey: 'email',
      confirmationCode: t.lastCode(email, 'VERIFY_email'),
    });
    expect((await fetchUserAttributes()).email_verified).toBe('true');
  });

  it('deleteUserAttributes removes an attribute', async () => {
    const t = pool();
    await signedIn(t, { name: 'Ann', 'custom:plan': 'pro' });
    await deleteUserAttributes({ userAttributeKeys: ['name', 'custom:plan'] });
    const attributes = await fetchUserAttributes();
    expect(attributes).not.toHaveProperty('name');
    expect(attributes).not.toHaveProperty('custom:plan');
    expect(attributes.email_verified).toBe('true');
  });

  it('updatePassword: wrong old password, policy violation, then success', async () => {
    const t = pool();
    const { email } = await signedIn(t);
    await expectError(
      updatePassword({ oldPassword: 'Wr0ng-password!', newPassword: NEW_PASSWORD }),
      'NotAuthorizedException',
      INCORRECT,
    );
    await expectError(
      updatePassword({ oldPassword: PASSWORD, newPassword: 'NoSymbols1234' }),
      'InvalidPasswordException',
      'Password did not conform with policy: Password must have symbol characters',
    );
    await updatePassword({ oldPassword: PASSWORD, newPassword: NEW_PASSWORD });
    await signOut();
    await expectError(signInWith(email), 'NotAuthorizedException', INCORRECT);
    expect(await signInWith(email, NEW_PASSWORD)).toEqual(DONE);
  });

  it('resetPassword + confirmResetPassword: wrong code, expired code, new code, new password', async () => {
    const t = pool();
    const email = uniqueEmail('forgot');
    await seedUser(t, email);
    const started = await resetPassword({ username: email });
    expect(started).toEqual({
      isPasswordReset: false,
      nextStep: {
        resetPasswordStep: 'CONFIRM_RESET_PASSWORD_WITH_CODE',
        codeDeliveryDetails: {
          deliveryMedium: 'EMAIL',
          destination: expect.stringMatching(MASKED),
          attributeName: 'email',
        },
      },
    });
    const first = t.lastCode(email, 'FORGOT_PASSWORD');
    await expectError(
      confirmResetPassword({
        username: email,
        confirmationCode: otherCode(first),
        newPassword: NEW_PASSWORD,
      }),
      'CodeMismatchException',
      WRONG_CODE,
    );
    t.advance(3601);
    await expectError(
      confirmResetPassword({ username: email, confirmationCode: first, newPassword: NEW_PASSWORD }),
      'ExpiredCodeException',
      'Invalid code provided, please request a code again.',
    );
    await resetPassword({ username: email });
    const second = t.lastCode(email, 'FORGOT_PASSWORD');
    await expectError(
      confirmResetPassword({ username: email, confirmationCode: second, newPassword: 'short' }),
      'InvalidPasswordException',
      'Password did not conform with policy: Password not long enough',
    );
    await confirmResetPassword({
      username: email,
      confirmationCode: second,
      newPassword: NEW_PASSWORD,
    });
    await expectError(signInWith(email), 'NotAuthorizedException', INCORRECT);
    expect(await signInWith(email, NEW_PASSWORD)).toEqual(DONE);
  });

  it('resetPassword for an unknown user: simulated delivery (ENABLED), UserNotFoundException (LEGACY)', async () => {
    const t = pool();
    const ghost = uniqueEmail('ghost');
    const hidden = await resetPassword({ username: ghost });
    expect(hidden.nextStep).toMatchObject({
      resetPasswordStep: 'CONFIRM_RESET_PASSWORD_WITH_CODE',
      codeDeliveryDetails: { deliveryMedium: 'EMAIL', attributeName: 'email' },
    });
    expect(t.server.emulator.outbox({ username: ghost })).toEqual([]);

    const legacy = await t.sdk.send(
      new CreateUserPoolClientCommand({
        UserPoolId: t.poolId,
        ClientName: 'legacy',
        PreventUserExistenceErrors: 'LEGACY',
      }),
    );
    configureAmplify(t, legacy.UserPoolClient?.ClientId);
    const notFound = 'Username/client id combination not found.';
    await expectError(resetPassword({ username: ghost }), 'UserNotFoundException', notFound);
    await expectError(
      confirmResetPassword({
        username: ghost,
        confirmationCode: '123456',
        newPassword: NEW_PASSWORD,
      }),
      'UserNotFoundException',
      notFound,
    );
    await expectError(
      confirmSignUp({ username: ghost, confirmationCode: '123456' }),
      'UserNotFoundException',
      notFound,
    );
    await expectError(resendSignUpCode({ username: ghost }), 'UserNotFoundException', notFound);
  });

  it('deleteUser removes the account and signs out', async () => {
    const t = pool();
    const { email } = await signedIn(t);
    await deleteUser();
    await expect(getCurrentUser()).rejects.toMatchObject({ name: 'UserUnAuthenticatedException' });
    expect(t.storage.find('accessToken')).toBeUndefined();
    await expectError(
      t.sdk.send(new AdminGetUserCommand({ UserPoolId: t.poolId, Username: email })),
      'UserNotFoundException',
      'User does not exist.',
    );
    await expectError(signInWith(email), 'NotAuthorizedException', INCORRECT);
  });
});
