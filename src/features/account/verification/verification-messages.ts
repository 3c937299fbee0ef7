import { defineMessages } from '../../../lib/i18n/define-messages';
import en from './messages/en.json';

/** The verify banner and the code form that verifies an email address or phone number. */
export const verificationMessages = defineMessages(en, {
  es: () => import('./messages/es.json'),
  de: () => import('./messages/de.json'),
});

export type VerificationMessageId = keyof typeof en;
