import { defineMessages } from '../i18n/define-messages';
import en from './messages/en.json';

/** The config error page's words and the config problems it lists; only that page loads them. */
export const configMessages = defineMessages(en, {
  es: () => import('./messages/es.json'),
  de: () => import('./messages/de.json'),
});
