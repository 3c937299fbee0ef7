import { defineMessages } from '../../../lib/i18n/define-messages';
import en from './code-messages/en.json';

/** The forms for a code we sent (confirm sign-up, reset password): where it went, its errors. */
export const sentCodeMessages = defineMessages(en, {
  es: () => import('./code-messages/es.json'),
  de: () => import('./code-messages/de.json'),
});

export type SentCodeMessageId = keyof typeof en;
