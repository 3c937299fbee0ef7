import { defineMessages } from '../../../lib/i18n/define-messages';
import en from './password-step-messages/en.json';

/**
 * The words of /sign-in/password; only that route carries them.
 */
export const passwordStepMessages = defineMessages(en, {
  es: () => import('./password-step-messages/es.json'),
  de: () => import('./password-step-messages/de.json'),
});
