import { defineMessages } from '../i18n/define-messages';
import en from './messages/en.json';

/**
 * What `describeAuthError` tells a user about a Cognito error. Only its words: the sign-in
 * page carries this catalog, and its budget is tight.
 */
export const authMessages = defineMessages(en, {
  es: () => import('./messages/es.json'),
  de: () => import('./messages/de.json'),
});

export type AuthMessageId = keyof typeof en;
