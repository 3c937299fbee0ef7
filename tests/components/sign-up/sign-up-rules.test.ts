import { describe, expect, it } from 'vitest';
import { describeResetError } from '../../../src/features/auth/password-reset/reset-error-rules';
import { describeSignUpError } from '../../../src/features/auth/sign-up/sign-up-error-rules';
import { attributeField, humaniseAttribute } from '../../../src/lib/attributes/attribute-fields';

const named = (name: string, message = name) => Object.assign(new Error(message), { name });

describe('sign-up error messages', () => {
  it.each([
    ['An account with the given email already exists.', 'email'],
    ['An account with the given phone_number already exists.', 'phone number'],
    ['User already exists', 'username'],
  ])('names the taken identifier for "%s"', (message, noun) => {
    expect(describeSignUpError(named('UsernameExistsException', message), 'sign-up')).toEqual({
      message: `An account with this ${noun} already exists. Sign in, or reset your password.`,
      field: 'username',
    });
  });

  it('puts a malformed username next to the username', () => {
    const error = named('InvalidParameterException', 'Username should be an email.');
    expect(describeSignUpError(error, 'sign-up')).toEqual({
      message: 'Enter a valid email.',
      field: 'username',
    });
  });

  it('explains a phone number Cognito refuses', () => {
    const error = named('InvalidParameterException', 'Invalid phone number format.');
    expect(describeSignUpError(error, 'sign-up').message).toMatch(/country code/);
  });

  it('says when the code could not be delivered', () => {
    expect(describeSignUpError(named('CodeDeliveryFailureException'), 'sign-up').message).toMatch(
      /could not send your confirmation code/,
    );
    expect(
      describeResetError(named('CodeDeliveryFailureException'), 'forgot-password').message,
    ).toMatch(/could not send a reset code/);
  });

  it("treats Cognito's length constraint on a new password as a password problem", () => {
    const error = named(
      'InvalidParameterException',
      "1 validation error detected: Value at 'password' failed to satisfy constraint",
    );
    expect(describeResetError(error, 'reset-password')).toEqual({
      message: 'Choose a stronger password.',
      field: 'password',
    });
  });
});

describe('sign-up attribute fields', () => {
  it.each([
    ['custom:favourite_colour', 'Favourite colour'],
    ['custom:teamName', 'Team name'],
    ['custom:plan', 'Plan'],
  ])('humanises %s as "%s"', (name, label) => {
    expect(humaniseAttribute(name)).toBe(label);
  });

  it('knows the standard attributes', () => {
    expect(attributeField('name')).toMatchObject({ label: 'Full name', autoComplete: 'name' });
    expect(attributeField('birthdate')).toMatchObject({ label: 'Date of birth', type: 'date' });
    expect(attributeField('phone_number')).toMatchObject({ type: 'tel', hint: expect.any(String) });
  });
});

describe('confirm sign-up error messages', () => {
  it('tells "already confirmed" from a malformed code', () => {
    const confirmed = named('InvalidParameterException', 'User is already confirmed.');
    expect(describeSignUpError(confirmed, 'confirm-sign-up').message).toMatch(/already confirmed/);
    const malformed = named('InvalidParameterException', "Value at 'confirmationCode' failed");
    expect(describeSignUpError(malformed, 'confirm-sign-up')).toEqual({
      message: 'That code is not right. Check it and try again.',
      field: 'code',
    });
  });
});
