import { defineMessages } from '../../../lib/i18n/define-messages';
import en from './goodbye-messages/en.json';

/** The page a deleted account lands on: public, so it carries none of the account's words. */
export const goodbyeMessages = defineMessages(en, {
  es: () => import('./goodbye-messages/es.json'),
  de: () => import('./goodbye-messages/de.json'),
});
