import { defineMessages } from '../../../lib/i18n/define-messages';
import en from './choose-factor-messages/en.json';

/**
 * The words of /sign-in/choose; only that route carries them.
 */
export const chooseFactorMessages = defineMessages(en, {
  es: () => import('./choose-factor-messages/es.json'),
  de: () => import('./choose-factor-messages/de.json'),
});

export type ChooseFactorMessageId = keyof typeof en;
