import { defineMessages } from '../lib/i18n/define-messages';
import en from './home-messages/en.json';

/** The home page's words, in its own chunk rather than every page's first one. */
export const homeMessages = defineMessages(en, {
  es: () => import('./home-messages/es.json'),
  de: () => import('./home-messages/de.json'),
});
