import { type AttributeField, PHONE_EXAMPLE } from '../../../../lib/attributes/attribute-fields';
import { detailsMessages } from '../details-messages';

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

/** What a phone number must look like, in the active language. */
export const phoneError = () =>
  detailsMessages.t('details.check.phone', { example: PHONE_EXAMPLE });

/** The value Cognito is sent: phone numbers without their separators, the rest trimmed. */
export const toCognitoValue = (field: Pick<AttributeField, 'type'>, value: string) =>
  field.type === 'tel' ? normalisePhone(value) : value.trim();

/** Why Cognito would refuse `value` for `field`, in words for people; undefined when it is fine. */
export function attributeError(field: AttributeField, typed: string): string | undefined {
  const value = toCognitoValue(field, typed);
  if (value === '') return undefined;
  if (value.length > MAX_ATTRIBUTE_LENGTH) {
    return detailsMessages.t('details.check.tooLong', {
      label: field.label,
      max: String(MAX_ATTRIBUTE_LENGTH),
    });
  }
  if (field.type === 'tel' && !E164.test(value)) return phoneError();
  if (field.type === 'email' && !EMAIL.test(value)) {
    return detailsMessages.t('details.check.email');
  }
  if (field.type === 'date' && !DATE.test(value)) return detailsMessages.t('details.check.date');
  if (field.type === 'url' && !isWebAddress(value)) {
    return detailsMessages.t('details.check.url');
  }
  return undefined;
}
