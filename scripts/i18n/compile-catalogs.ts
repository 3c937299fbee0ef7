import { compileMessage } from '@lingui/message-utils/compileMessage';
import type { Plugin } from 'vite';

// The catalogs the app imports: `<locale>.json` in a `messages` (or `…-messages`) folder under src/, beside the
// feature that shows them (ADR 13); ICU MessageFormat strings that people edit and translators read.
const CATALOG = /[\\/]src[\\/](?:.+[\\/])?(?:[a-z-]+-)?messages[\\/][a-z]{2}(?:-[A-Z]{2})?\.json$/;

/** Compiles one catalog's ICU strings to Lingui's compiled form; throws on a malformed message. */
export function compileCatalog(source: string, file = 'catalog'): string {
  const messages = JSON.parse(source) as Record<string, string>;
  const compiled = Object.fromEntries(
    Object.entries(messages).map(([id, message]) => {
      try {
        return [id, compileMessage(message)];
      } catch (error) {
        throw new Error(`${file}: message "${id}" is not valid ICU MessageFormat (${error})`);
      }
    }),
  );
  return JSON.stringify(compiled);
}

/**
 * Compiles the message catalogs at build time, so the browser gets no ICU parser: the
 * Lingui runtime only interpolates (ADR 13). Runs before Vite's JSON plugin, which then
 * turns the compiled JSON into a module as usual.
 */
export function compileCatalogs(): Plugin {
  return {
    name: 'compile-i18n-catalogs',
    enforce: 'pre',
    transform(code, id) {
      const file = id.split('?')[0] ?? id;
      if (!CATALOG.test(file)) return null;
      return { code: compileCatalog(code, file), map: null };
    },
  };
}
