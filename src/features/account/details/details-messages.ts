import { defineMessages } from '../../../lib/i18n/define-messages';
import en from './messages/en.json';

/** The personal details page: contacts, the details form, its checks, the language. */
export const detailsMessages = defineMessages(en, {
  es: () => import('./messages/es.json'),
  de: () => import('./messages/de.json'),
});

export type DetailsMessageId = keyof typeof en;
