import { defineMessages } from '../../lib/i18n/define-messages';
import en from './messages/en.json';

/** The shared form pieces' words: code fields, "Send a new code", new passwords and their checklist. */
export const formsMessages = defineMessages(en, {
  es: () => import('./messages/es.json'),
  de: () => import('./messages/de.json'),
});
