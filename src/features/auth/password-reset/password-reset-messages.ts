import { defineMessages } from '../../../lib/i18n/define-messages';
import en from './messages/en.json';

/** The forgot-password and reset-password pages' words, and Cognito's errors on them. */
export const passwordResetMessages = defineMessages(en, {
  es: () => import('./messages/es.json'),
  de: () => import('./messages/de.json'),
});

export type PasswordResetMessageId = keyof typeof en;
