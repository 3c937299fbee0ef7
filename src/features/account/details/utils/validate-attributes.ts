import { type AttributeField, PHONE_EXAMPLE } from '../../../../lib/attributes/attribute-fields';

/** Cognito's limit on a string attribute's value (standard ones, and custom ones by default). */
export const MAX_ATTRIBUTE_LENGTH = 2048;

/**
 * What is typed into a phone field, as Cognito stores it: spaces, dashes, dots and brackets go,
 * and so does a national "(0)" written after the country code ("+44 (0)7700 900123").
 */
export const normalisePhone = (value: string) =>
  value
    .trim()
    .replace(/\(0\)/g, '')
    .replace(/[\s\-().]/g, '');

/** E.164: a plus, a country code that does not start with 0, at most 15 digits in all. */
const E164 = /^\+[1-9]\d{4,14}$/;
const EMAIL = /^[^\s@]+@[^\s@.]+(\.[^\s@.]+)+$/;
const DATE = /^\d{4}-\d{2}-\d{2}$/;

const isWebAddress = (value: string) => {
  try {
    return /^https?:$/.test(new URL(value).protocol);
  } catch {
    return false;
  }
};

export const PHONE_ERROR = `Enter the number with its country code: a + then digits, like ${PHONE_EXAMPLE}.`;

/** The value Cognito is sent: phone numbers without their separators, the rest trimmed. */
export const toCognitoValue = (field: Pick<AttributeField, 'type'>, value: string) =>
  field.type === 'tel' ? normalisePhone(value) : value.trim();

/** Why Cognito would refuse `value` for `field`, in words for people; undefined when it is fine. */
export function attributeError(field: AttributeField, typed: string): string | undefined {
  const value = toCognitoValue(field, typed);
  if (value === '') return undefined;
  if (value.length > MAX_ATTRIBUTE_LENGTH) {
    return `${field.label} can be at most ${MAX_ATTRIBUTE_LENGTH} characters long.`;
  }
  if (field.type === 'tel' && !E164.test(value)) return PHONE_ERROR;
  if (field.type === 'email' && !EMAIL.test(value)) {
    return 'Enter an email address like name@example.com.';
  }
  if (field.type === 'date' && !DATE.test(value)) return 'Enter the date as YYYY-MM-DD.';
  if (field.type === 'url' && !isWebAddress(value)) {
    return 'Enter a full web address, starting with https://.';
  }
  return undefined;
}
