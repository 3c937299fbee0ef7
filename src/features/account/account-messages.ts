import { defineMessages } from '../../lib/i18n/define-messages';
import en from './messages/en.json';

/** The account area's shared words: its sub-navigation and the sections' titles. */
export const accountMessages = defineMessages(en, {
  es: () => import('./messages/es.json'),
  de: () => import('./messages/de.json'),
});

export type AccountMessageId = keyof typeof en;
