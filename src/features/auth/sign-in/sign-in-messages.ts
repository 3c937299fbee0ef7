import { defineMessages } from '../../../lib/i18n/define-messages';
import en from './messages/en.json';

/** The sign-in page's words: the form, the reasons it opens with, federated buttons. */
export const signInMessages = defineMessages(en, {
  es: () => import('./messages/es.json'),
  de: () => import('./messages/de.json'),
});

export type SignInMessageId = keyof typeof en;
