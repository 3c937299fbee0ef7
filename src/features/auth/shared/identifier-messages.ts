import { defineMessages } from '../../../lib/i18n/define-messages';
import en from './messages/en.json';

/** What the sign-in, sign-up and reset forms say about the username, email or phone. */
export const identifierMessages = defineMessages(en, {
  es: () => import('./messages/es.json'),
  de: () => import('./messages/de.json'),
});

export type IdentifierMessageId = keyof typeof en;
