import type { MessageValues } from './format-message';
import { type CoreMessageId, registerMessages, type Translations, t } from './i18n';

/** A feature's catalog: `t` takes its ids and the shared ones. */
export interface Messages<Id extends string> {
  readonly t: (id: Id | CoreMessageId, values?: MessageValues) => string;
}

/**
 * Declares a feature's message catalog, beside the code that shows it (ADR 13):
 *
 *     import en from './messages/en.json';
 *     export const accountMessages = defineMessages(en, {
 *       es: () => import('./messages/es.json'),
 *       de: () => import('./messages/de.json'),
 *     });
 *
 * English travels with the feature's chunk; each translation is a chunk fetched only in its
 * language. Components take `t` from `useI18n(accountMessages)`; other code from
 * `accountMessages.t`, at call time.
 */
export function defineMessages<Source extends object>(
  source: Source,
  translations: Translations,
): Messages<Extract<keyof Source, string>> {
  // Compiled at build time (scripts/i18n/compile-catalogs.ts), whatever the JSON's type says.
  registerMessages(source as never, translations);
  // One table holds every registered message: the shared `t` reads this catalog's ids too.
  return { t: t as Messages<Extract<keyof Source, string>>['t'] };
}
