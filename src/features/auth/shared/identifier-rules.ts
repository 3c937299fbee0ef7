import type { UsernameAttribute } from '../../../lib/config/types';
import { IDENTIFIER } from './identifier';

// Kept apart from the field: the sign-in page shows the field and downloads none of these checks.
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const E164 = /^\+[1-9]\d{6,14}$/;

/** Catches an empty or malformed email/phone before Cognito does, with a message that says how to fix it. */
export function identifierError(kind: UsernameAttribute, value: string): string | undefined {
  const text = value.trim();
  if (!text) return `Enter your ${IDENTIFIER[kind].noun}.`;
  if (kind === 'email' && !EMAIL.test(text)) return 'Enter an email address like name@example.com.';
  if (kind === 'phone_number' && !E164.test(text)) {
    return 'Enter the number with its country code, like +14155550123.';
  }
  return undefined;
}

export const isEmail = (value: string) => EMAIL.test(value.trim());
export const isE164 = (value: string) => E164.test(value.trim());
