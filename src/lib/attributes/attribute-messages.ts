import { defineMessages } from '../i18n/define-messages';
import en from './messages/en.json';

/** The names of Cognito's standard attributes, as forms label them. */
export const attributeMessages = defineMessages(en, {
  es: () => import('./messages/es.json'),
  de: () => import('./messages/de.json'),
});

export type AttributeMessageId = keyof typeof en;
