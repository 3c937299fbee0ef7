import { defineMessages } from '../../lib/i18n/define-messages';
import en from './messages/en.json';

/** The admin page's words: the users table and its states. */
export const adminMessages = defineMessages(en, {
  es: () => import('./messages/es.json'),
  de: () => import('./messages/de.json'),
});
