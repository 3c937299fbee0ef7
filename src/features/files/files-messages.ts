import { defineMessages } from '../../lib/i18n/define-messages';
import en from './messages/en.json';

/** The files page's words: upload, list, download, delete and what went wrong. */
export const filesMessages = defineMessages(en, {
  es: () => import('./messages/es.json'),
  de: () => import('./messages/de.json'),
});

export type FilesMessageId = keyof typeof en;
