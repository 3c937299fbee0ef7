import { defineMessages } from '../../../lib/i18n/define-messages';
import en from './step-messages/en.json';

/**
 * The few words several sign-in steps show (who is signing in, busy buttons); each step's own
 * words are in its own catalog, so a step page does not carry the others'.
 */
export const stepMessages = defineMessages(en, {
  es: () => import('./step-messages/es.json'),
  de: () => import('./step-messages/de.json'),
});

export type StepMessageId = keyof typeof en;
