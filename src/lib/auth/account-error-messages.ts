import { defineMessages } from '../i18n/define-messages';
import en from './account-messages/en.json';

/** What Cognito's errors mean on the signed-in pages (account-error.ts), in words. */
export const accountErrorMessages = defineMessages(en, {
  es: () => import('./account-messages/es.json'),
  de: () => import('./account-messages/de.json'),
});

export type AccountErrorMessageId = keyof typeof en;
