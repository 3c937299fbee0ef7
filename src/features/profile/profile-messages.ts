import { defineMessages } from '../../lib/i18n/define-messages';
import en from './messages/en.json';

/** The profile and token-claims pages' words, the AWS identity card's included. */
export const profileMessages = defineMessages(en, {
  es: () => import('./messages/es.json'),
  de: () => import('./messages/de.json'),
});
