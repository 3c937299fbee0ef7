import { describe, expect, it } from 'vitest';
import { getAuthErrorName, getSignInErrorMessage } from './auth-error';

const named = (name: string, message = 'details') => Object.assign(new Error(message), { name });

describe('getSignInErrorMessage', () => {
  it.each([
    ['NotAuthorizedException', 'Incorrect username or password.'],
    ['UserNotFoundException', 'Incorrect username or password.'],
    ['LimitExceededException', 'Too many attempts. Wait a moment, then try again.'],
    ['TooManyRequestsException', 'Too many attempts. Wait a moment, then try again.'],
    ['NetworkError', "We couldn't reach the sign-in service. Check your connection and try again."],
  ])('explains %s', (name, message) => {
    expect(getSignInErrorMessage(named(name))).toBe(message);
  });

  it('tells a locked-out user to wait rather than that the password is wrong', () => {
    const error = named('NotAuthorizedException', 'Password attempts exceeded');
    expect(getSignInErrorMessage(error)).toBe('Too many attempts. Wait a moment, then try again.');
  });

  it('keeps the name of an unexpected error as a reference', () => {
    expect(getSignInErrorMessage(named('InvalidParameterException'))).toBe(
      'Sign-in failed. Please try again. (Reference: InvalidParameterException)',
    );
  });
});

describe('getAuthErrorName', () => {
  it('falls back for values that are not errors', () => {
    expect(getAuthErrorName('oops')).toBe('UnknownError');
  });
});
