import { defineMessages } from '../../../lib/i18n/define-messages';
import en from './totp-setup-messages/en.json';

/**
 * The words of /sign-in/setup-totp; only that route carries them.
 */
export const totpSetupMessages = defineMessages(en, {
  es: () => import('./totp-setup-messages/es.json'),
  de: () => import('./totp-setup-messages/de.json'),
});
