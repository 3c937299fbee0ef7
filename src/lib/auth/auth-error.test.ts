import { describe, expect, it } from 'vitest';
import { activateLocale } from '../i18n/i18n';
import { describeAuthError } from './auth-error';
import { getAuthErrorName } from './auth-error-name';
import { passwordPolicyMessage } from './password-policy-error';
import { describeStepError } from './step-error';

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
    expect(describeStepError(named('CodeMismatchException'), 'sign-in-code')).toEqual({
      message: 'That code is not right. Check it and try again.',
      field: 'code',
    });
    expect(describeStepError(named('ExpiredCodeException'), 'mfa-setup')).toEqual({
      message: 'That code has expired. Ask for a new one.',
      field: 'code',
    });
  });

  it('turns a stale challenge session into "start again"', () => {
    const error = named(
      'NotAuthorizedException',
      'Invalid session for the user, session is expired.',
    );
    expect(describeStepError(error, 'sign-in-code').message).toMatch(/start again/i);
  });

  it('keeps the policy rule a password broke', () => {
    const error = named(
      'InvalidPasswordException',
      'Password did not conform with policy: Password must have uppercase characters',
    );
    expect(describeStepError(error, 'new-password')).toEqual({
      message: 'Choose a stronger password: password must have uppercase characters.',
      field: 'password',
    });
  });

  it('names each policy rule, and keeps Cognito’s words for one it does not know', () => {
    expect(
      passwordPolicyMessage('Password did not conform with policy: Password not long enough'),
    ).toBe('Choose a stronger password: password not long enough.');
    expect(passwordPolicyMessage('Password did not conform with policy: Too predictable.')).toBe(
      'Choose a stronger password: too predictable.',
    );
    expect(passwordPolicyMessage('')).toBe('Choose a stronger password.');
  });

  it('speaks the language active when the error is described', async () => {
    await activateLocale('de');
    expect(describeAuthError(named('LimitExceededException'), 'sign-in').message).toBe(
      'Zu viele Versuche. Warte ein paar Minuten und versuche es dann erneut.',
    );
    await activateLocale('es');
    const error = named(
      'InvalidPasswordException',
      'Password did not conform with policy: Password must have symbol characters',
    );
    expect(describeStepError(error, 'new-password')).toEqual({
      message: 'Elige una contraseña más segura: debe tener símbolos.',
      field: 'password',
    });
    expect(describeAuthError(named('InternalErrorException'), 'sign-in').message).toBe(
      'Algo ha fallado. Vuelve a intentarlo. (Referencia: InternalErrorException)',
    );
  });

  it('keeps the name of an unexpected error as a reference', () => {
    expect(describeAuthError(named('InternalErrorException'), 'sign-in').message).toBe(
      'Something went wrong. Please try again. (Reference: InternalErrorException)',
    );
  });
});

describe('getAuthErrorName', () => {
  it('falls back for values that are not errors', () => {
    expect(getAuthErrorName('boom')).toBe('UnknownError');
    expect(getAuthErrorName(named('CodeMismatchException'))).toBe('CodeMismatchException');
  });
});
