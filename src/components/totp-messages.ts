import { defineMessages } from '../lib/i18n/define-messages';
import en from './totp-messages/en.json';

/** How to link an authenticator app: sign-in's TOTP setup step and the account page share it. */
export const totpMessages = defineMessages(en, {
  es: () => import('./totp-messages/es.json'),
  de: () => import('./totp-messages/de.json'),
});
