import { defineMessages } from '../../../lib/i18n/define-messages';
import en from './messages/en.json';

/** The "Your data" page: downloading everything, deleting the account. */
export const dataMessages = defineMessages(en, {
  es: () => import('./messages/es.json'),
  de: () => import('./messages/de.json'),
});
