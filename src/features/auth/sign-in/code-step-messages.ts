import { defineMessages } from '../../../lib/i18n/define-messages';
import en from './code-step-messages/en.json';

/**
 * The words of /sign-in/code (where the code went); only that route carries them.
 */
export const codeStepMessages = defineMessages(en, {
  es: () => import('./code-step-messages/es.json'),
  de: () => import('./code-step-messages/de.json'),
});

export type CodeStepMessageId = keyof typeof en;
