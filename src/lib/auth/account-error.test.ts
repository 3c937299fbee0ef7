import { describe, expect, it } from 'vitest';
import { describeAccountError } from './account-error';

const named = (name: string, message = 'details') => Object.assign(new Error(message), { name });

describe('describeAccountError on the account security page', () => {
  const account = (name: string, message?: string) =>
    describeAccountError(named(name, message), 'account');

  it('puts a wrong authenticator-app code next to the code field', () => {
    const wrong = { message: 'That code is not right. Check it and try again.', field: 'code' };
    expect(
      account(
        'EnableSoftwareTokenMFAException',
        'Code mismatch and fail enable Software Token MFA mfa',
      ),
    ).toEqual(wrong);
    expect(account('CodeMismatchException')).toEqual(wrong);
  });

  it('says the session is over, whether Cognito or Amplify noticed', () => {
    const ended = { message: 'Your session has ended. Please sign in again.' };
    expect(account('NotAuthorizedException', 'Access Token has been revoked')).toEqual(ended);
    expect(account('UserUnAuthenticatedException', 'User needs to be authenticated')).toEqual(
      ended,
    );
  });

  it.each([
    ['User has not verified software token mfa', /set up your authenticator app before/i],
    ['Software token MFA is not enabled for this user pool.', /not enabled for this app/i],
    ['Email MFA cannot be enabled for this user.', /email codes cannot be turned on/i],
    ['User does not have a phone number.', /verified phone number/i],
    ['This passkey credential is already registered.', /already has a passkey/i],
    ['Something else', /not allowed for your account/i],
  ])('reads which setting an InvalidParameterException refused: %s', (message, expected) => {
    expect(account('InvalidParameterException', message).message).toMatch(expected);
  });

  it.each([
    ['PasskeyRegistrationCanceled', /cancelled or timed out/i],
    ['NotAllowedError', /cancelled or timed out/i],
    ['PasskeyAlreadyExists', /already has a passkey/i],
    ['PasskeyNotSupported', /browser cannot create passkeys/i],
    ['RelyingPartyMismatch', /this web address/i],
    ['WebAuthnNotEnabledException', /not set up for this app/i],
    ['WebAuthnChallengeNotFoundException', /expired/i],
  ])('explains the passkey error %s', (name, expected) => {
    expect(account(name).message).toMatch(expected);
  });

  it('tells the passkey limit from throttling', () => {
    expect(
      account('LimitExceededException', 'A user can have at most 20 passkeys.').message,
    ).toMatch(/as many passkeys as it can hold/i);
    expect(account('LimitExceededException', 'Attempt limit exceeded').message).toMatch(
      /too many attempts/i,
    );
  });
});
