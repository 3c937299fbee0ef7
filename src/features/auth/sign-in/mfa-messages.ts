import { defineMessages } from '../../../lib/i18n/define-messages';
import en from './mfa-messages/en.json';

/**
 * The words of the MFA choice: /sign-in/mfa and /sign-in/setup-mfa share the form, so the
 * catalog; no other route carries it.
 */
export const mfaMessages = defineMessages(en, {
  es: () => import('./mfa-messages/es.json'),
  de: () => import('./mfa-messages/de.json'),
});

export type MfaMessageId = keyof typeof en;
