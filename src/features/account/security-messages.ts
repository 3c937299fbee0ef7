import { defineMessages } from '../../lib/i18n/define-messages';
import en from './security-messages/en.json';

/** The account security page's words: password, two-step verification, passkeys, sessions. */
export const securityMessages = defineMessages(en, {
  es: () => import('./security-messages/es.json'),
  de: () => import('./security-messages/de.json'),
});

export type SecurityMessageId = keyof typeof en;
