import { defineMessages } from '../../../lib/i18n/define-messages';
import en from './email-setup-messages/en.json';

/**
 * The words of /sign-in/setup-email; only that route carries them.
 */
export const emailSetupMessages = defineMessages(en, {
  es: () => import('./email-setup-messages/es.json'),
  de: () => import('./email-setup-messages/de.json'),
});
