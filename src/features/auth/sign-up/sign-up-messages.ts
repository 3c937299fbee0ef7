import { defineMessages } from '../../../lib/i18n/define-messages';
import en from './messages/en.json';

/** The sign-up and confirm-sign-up pages' words, their checks and Cognito's errors on them. */
export const signUpMessages = defineMessages(en, {
  es: () => import('./messages/es.json'),
  de: () => import('./messages/de.json'),
});

export type SignUpMessageId = keyof typeof en;
