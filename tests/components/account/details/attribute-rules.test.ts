import { describe, expect, it } from 'vitest';
import {
  attributeError,
  phoneError,
  toCognitoValue,
} from '../../../../src/features/account/details/utils/validate-attributes';
import { attributeField, humaniseAttribute } from '../../../../src/lib/attributes/attribute-fields';

const phone = attributeField('phone_number');

describe('personal details: attribute rules as Cognito applies them', () => {
  it('takes phone numbers in E.164, with separators people type removed', () => {
    expect(toCognitoValue(phone, ' +44 (0) 7700-900.123 ')).toBe('+447700900123');
    expect(attributeError(phone, '+1 415 555 0123')).toBeUndefined();
    expect(attributeError(phone, '4155550123')).toBe(phoneError());
    expect(attributeError(phone, '+0155550123')).toBe(phoneError());
    expect(attributeError(phone, '+1234567890123456')).toBe(phoneError());
    expect(attributeError(phone, '+1 415 CALL NOW')).toBe(phoneError());
  });

  it('allows 2048 characters and no more, and empty means "remove"', () => {
    const name = attributeField('name');
    expect(attributeError(name, 'x'.repeat(2048))).toBeUndefined();
    expect(attributeError(name, 'x'.repeat(2049))).toBe(
      'Full name can be at most 2048 characters long.',
    );
    expect(attributeError(name, '   ')).toBeUndefined();
  });

  it('checks dates, web addresses and emails in the forms Cognito stores', () => {
    expect(attributeError(attributeField('birthdate'), '1990-02-28')).toBeUndefined();
    expect(attributeError(attributeField('birthdate'), '28/02/1990')).toMatch(/YYYY-MM-DD/);
    expect(attributeError(attributeField('website'), 'https://example.com')).toBeUndefined();
    expect(attributeError(attributeField('website'), 'example.com')).toMatch(/https:\/\//);
    expect(attributeError(attributeField('email'), 'a@b.co')).toBeUndefined();
    expect(attributeError(attributeField('email'), 'a@b')).toMatch(/name@example.com/);
  });

  it('names custom attributes from their names, and standard ones with autocomplete', () => {
    expect(humaniseAttribute('custom:favourite_colour')).toBe('Favourite colour');
    expect(humaniseAttribute('custom:teamName')).toBe('Team name');
    expect(attributeField('custom:team')).toMatchObject({ label: 'Team', autoComplete: 'off' });
    expect(attributeField('given_name')).toMatchObject({
      label: 'First name',
      autoComplete: 'given-name',
    });
  });
});
