import type { UsernameAttribute } from '../../../lib/config/types';
import { IDENTIFIER } from './identifier';
import { identifierMessages } from './identifier-messages';

// Kept apart from the field: the sign-in page shows the field and downloads none of these checks.
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const E164 = /^\+[1-9]\d{6,14}$/;

/** Catches an empty or malformed email/phone before Cognito does, with a message that says how to fix it. */
export function identifierError(kind: UsernameAttribute, value: string): string | undefined {
  const text = value.trim();
  if (!text) return identifierMessages.t(IDENTIFIER[kind].missing);
  if (kind === 'email' && !EMAIL.test(text)) return identifierMessages.t('identifier.invalidEmail');
  if (kind === 'phone_number' && !E164.test(text))
    return identifierMessages.t('identifier.invalidPhone');
  return undefined;
}

export const isEmail = (value: string) => EMAIL.test(value.trim());
export const isE164 = (value: string) => E164.test(value.trim());
