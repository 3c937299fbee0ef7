import type { AppLocale } from './locales';

interface LocaleSources {
  /** The signed-in user's Cognito `locale` attribute, when set. */
  readonly user?: string | null;
  /** What this browser chose in the language menu while signed out. */
  readonly stored?: string | null;
  /** navigator.languages, most preferred first. */
  readonly browser?: readonly string[];
  /** config.json's `locales` and `defaultLocale`. */
  readonly offered: readonly AppLocale[];
  readonly fallback: AppLocale;
}

/** The offered locale that best matches a BCP 47 tag: exact, then by language (es-MX → es). */
export function matchLocale(tag: string, offered: readonly AppLocale[]): AppLocale | undefined {
  const wanted = tag.trim().toLowerCase();
  if (wanted === '') return undefined;
  const exact = offered.find((locale) => locale.toLowerCase() === wanted);
  if (exact) return exact;
  const language = wanted.split(/[-_]/)[0];
  return offered.find((locale) => locale.toLowerCase() === language);
}

/**
 * Which language to show: the user's saved choice when signed in, else the one chosen on this
 * browser, else the browser's preferred languages in order, else the configured default.
 */
export function resolveLocale({ user, stored, browser = [], offered, fallback }: LocaleSources) {
  for (const candidate of [user, stored, ...browser]) {
    const match = candidate ? matchLocale(candidate, offered) : undefined;
    if (match) return match;
  }
  return fallback;
}
