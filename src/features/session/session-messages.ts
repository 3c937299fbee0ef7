import { defineMessages } from '../../lib/i18n/define-messages';
import en from './messages/en.json';

/**
 * The session's few words beyond the header's (which live in the shared catalog): the
 * signed-out notice and why signing out failed. Small on purpose: the header is on every page.
 */
export const sessionMessages = defineMessages(en, {
  es: () => import('./messages/es.json'),
  de: () => import('./messages/de.json'),
});
