import { defineMessages } from '../lib/i18n/define-messages';
import en from './messages/en.json';

/** Shared components' own words (retry, cancel, verified), with the pages that show them. */
export const componentsMessages = defineMessages(en, {
  es: () => import('./messages/es.json'),
  de: () => import('./messages/de.json'),
});
