import { defineMessages } from '../../../lib/i18n/define-messages';
import en from './remember-device-messages/en.json';

/**
 * The words of /sign-in/remember-device; only that route carries them.
 */
export const rememberDeviceMessages = defineMessages(en, {
  es: () => import('./remember-device-messages/es.json'),
  de: () => import('./remember-device-messages/de.json'),
});
