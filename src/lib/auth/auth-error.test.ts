import { describe, expect, it } from 'vitest';
import { describeAuthError, getAuthErrorName } from './auth-error';

const named = (name: string, message = 'details') => Object.assign(new Error(message), { name });

describe('describeAuthError', () => {
  it.each([
    ['NotAuthorizedException', 'Incorrect username or password.', 'password'],
    ['UserNotFoundException', 'Incorrect username or password.', 'password'],
    ['LimitExceededException', 'Too many attempts. Wait a few minutes, then try again.', undefined],
    [
      'TooManyRequestsException',
      'Too many attempts. Wait a few minutes, then try again.',
      undefined,
    ],
    [
      'NetworkError',
      "We couldn't reach the sign-in service. Check your connection and try again.",
      undefined,
    ],
  ])('explains %s on sign-in', (name, message, field) => {
    expect(describeAuthError(named(name), 'sign-in')).toEqual({ message, ...(field && { field }) });
  });

  it('tells a locked-out user to wait rather than that the password is wrong', () => {
    const error = named('NotAuthorizedException', 'Password attempts exceeded');
    expect(describeAuthError(error, 'sign-in').message).toMatch(/too many attempts/i);
  });

  it('tells a disabled user so', () => {
    const error = named('NotAuthorizedException', 'User is disabled.');
    expect(describeAuthError(error, 'sign-in').message).toMatch(/disabled/i);
  });

  it('tells a wrong code from an expired one, next to the code field', () => {
    expect(describeAuthError(named('CodeMismatchException'), 'sign-in-code')).toEqual({
      message: 'That code is not right. Check it and try again.',
      field: 'code',
    });
    expect(describeAuthError(named('ExpiredCodeException'), 'confirm-sign-up')).toEqual({
      message: 'That code has expired. Ask for a new one.',
      field: 'code',
    });
  });

  it('turns a stale challenge session into "start again"', () => {
    const error = named(
      'NotAuthorizedException',
      'Invalid session for the user, session is expired.',
    );
    expect(describeAuthError(error, 'sign-in-code').message).toMatch(/start again/i);
  });

  it('keeps the policy rule a password broke', () => {
    const error = named(
      'InvalidPasswordException',
      'Password did not conform with policy: Password must have uppercase characters',
    );
    expect(describeAuthError(error, 'sign-up')).toEqual({
      message: 'Choose a stronger password: password must have uppercase characters.',
      field: 'password',
    });
  });

  it('keeps the name of an unexpected error as a reference', () => {
    expect(describeAuthError(named('InternalErrorException'), 'sign-in').message).toBe(
      'Something went wrong. Please try again. (Reference: InternalErrorException)',
    );
  });
});

describe('describeAuthError on the account security page', () => {
  const account = (name: string, message?: string) =>
    describeAuthError(named(name, message), 'account');

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

describe('getAuthErrorName', () => {
  it('falls back for values that are not errors', () => {
    expect(getAuthErrorName('boom')).toBe('UnknownError');
    expect(getAuthErrorName(named('CodeMismatchException'))).toBe('CodeMismatchException');
  });
});
