import { defineMessages } from '../i18n/define-messages';
import en from './messages/en.json';

/** What the app says about a failed API call, for every page that calls the API. */
export const apiMessages = defineMessages(en, {
  es: () => import('./messages/es.json'),
  de: () => import('./messages/de.json'),
});
