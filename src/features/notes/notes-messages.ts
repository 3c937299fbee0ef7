import { defineMessages } from '../../lib/i18n/define-messages';
import en from './messages/en.json';

/** The notes page's words: the form, the list, what each action did. */
export const notesMessages = defineMessages(en, {
  es: () => import('./messages/es.json'),
  de: () => import('./messages/de.json'),
});
