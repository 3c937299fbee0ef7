import type { AppConfig } from '../config/types';
import { activateLocale } from './i18n';
import { type AppLocale, SOURCE_LOCALE } from './locales';
import { resolveLocale } from './resolve-locale';
import { readStoredLocale } from './stored-locale';

/**
 * The language for the first render: this browser's stored choice, else its preferred
 * languages, else the config's default (a signed-in user's own choice follows once the
 * session is known). A catalog that cannot load leaves the page in English rather than blank.
 */
export async function startLocale(
  config: Pick<AppConfig, 'locales' | 'defaultLocale'>,
): Promise<AppLocale> {
  const locale = resolveLocale({
    stored: readStoredLocale(),
    browser: typeof navigator === 'undefined' ? [] : navigator.languages,
    offered: config.locales,
    fallback: config.defaultLocale,
  });
  try {
    await activateLocale(locale);
    return locale;
  } catch (error) {
    console.error(`[i18n] ${locale} did not load: ${error instanceof Error ? error.name : error}`);
    await activateLocale(SOURCE_LOCALE);
    return SOURCE_LOCALE;
  }
}
