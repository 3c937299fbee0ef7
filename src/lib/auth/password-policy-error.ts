import { defineMessages } from '../i18n/define-messages';
import type { ErrorRules } from './auth-error';
import en from './password-messages/en.json';

// Only the pages that set a password load these words: /sign-in cannot meet the error.
const passwordMessages = defineMessages(en, {
  es: () => import('./password-messages/es.json'),
  de: () => import('./password-messages/de.json'),
});

// Cognito's policy messages (the emulator's are the same), to the rule each one names.
const POLICY_RULES: ReadonlyArray<readonly [RegExp, string]> = [
  [/not long enough/i, 'length'],
  [/lowercase/i, 'lowercase'],
  [/uppercase/i, 'uppercase'],
  [/numeric/i, 'numeric'],
  [/symbol/i, 'symbol'],
];

/** Cognito's policy message as the rule it names: "Choose a stronger password: …". */
export function passwordPolicyMessage(message: string): string {
  const detail = message.replace(/^Password did not conform with policy:\s*/i, '').trim();
  const known = POLICY_RULES.find(([pattern]) => pattern.test(detail))?.[1];
  if (known || !detail) {
    return passwordMessages.t('authError.weakPassword', { rule: known ?? 'other' });
  }
  // A rule we do not know: Cognito's words, untranslated, rather than none.
  return passwordMessages.t('authError.weakPasswordDetail', {
    detail: detail.replace(/\.$/, '').toLowerCase(),
  });
}

/** The meaning of a password the pool's policy refuses, for every form that sets one. */
export const PASSWORD_RULES: ErrorRules = {
  InvalidPasswordException: (m) => ({ message: passwordPolicyMessage(m), field: 'password' }),
};
