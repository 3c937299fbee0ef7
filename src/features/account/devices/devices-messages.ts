import { defineMessages } from '../../../lib/i18n/define-messages';
import en from './messages/en.json';

/** The devices page: the list, forgetting one, and how a device is named. */
export const devicesMessages = defineMessages(en, {
  es: () => import('./messages/es.json'),
  de: () => import('./messages/de.json'),
});

export type DevicesMessageId = keyof typeof en;
