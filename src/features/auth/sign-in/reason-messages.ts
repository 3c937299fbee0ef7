import { defineMessages } from '../../../lib/i18n/define-messages';
import en from './reason-messages/en.json';

/** Why someone is on the sign-in page (?reason=): loaded only when there is a reason. */
export const reasonMessages = defineMessages(en, {
  es: () => import('./reason-messages/es.json'),
  de: () => import('./reason-messages/de.json'),
});

export type ReasonMessageId = keyof typeof en;
