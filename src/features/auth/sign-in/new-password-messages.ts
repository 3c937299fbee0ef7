import { defineMessages } from '../../../lib/i18n/define-messages';
import en from './new-password-messages/en.json';

/**
 * The words of /sign-in/new-password; only that route carries them.
 */
export const newPasswordMessages = defineMessages(en, {
  es: () => import('./new-password-messages/es.json'),
  de: () => import('./new-password-messages/de.json'),
});
