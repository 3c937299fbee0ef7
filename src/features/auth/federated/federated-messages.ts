import { defineMessages } from '../../../lib/i18n/define-messages';
import en from './messages/en.json';

/** The way back from the hosted domain (/auth/callback): progress, and why it did not work. */
export const federatedMessages = defineMessages(en, {
  es: () => import('./messages/es.json'),
  de: () => import('./messages/de.json'),
});

export type FederatedMessageId = keyof typeof en;
