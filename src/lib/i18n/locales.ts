/** Every locale the app has a catalog for; config.json's `locales` picks from these. */
export const SUPPORTED_LOCALES = ['en', 'es', 'de', 'en-XA', 'ar-XB'] as const;

export type AppLocale = (typeof SUPPORTED_LOCALES)[number];

/** The locale the catalogs are written in; every other catalog falls back to it per message. */
export const SOURCE_LOCALE: AppLocale = 'en';

// en-XA and ar-XB are pseudo-locales for tests and QA, never offered by default: en-XA is
// English accented and ~40% longer (untranslated text and clipped layouts stand out), ar-XB is
// English laid out right to left (layouts that ignore `dir` stand out). Chromium's names.

/** Each language in its own words, as a language menu must show it (never translated). */
export const LOCALE_NAMES: Readonly<Record<AppLocale, string>> = {
  en: 'English',
  es: 'Español',
  de: 'Deutsch',
  'en-XA': 'Ƥşéûδö-Éñĝļîšĥ',
  'ar-XB': 'English (RTL)',
};

export const isAppLocale = (value: unknown): value is AppLocale =>
  typeof value === 'string' && (SUPPORTED_LOCALES as readonly string[]).includes(value);

// Scripts written right to left, by their languages' primary subtags (CLDR).
const RTL_LANGUAGES = new Set(['ar', 'he', 'fa', 'ur', 'ps', 'yi', 'dv', 'ckb', 'sd', 'ug']);

/** The text direction for `<html dir>`: right to left for Arabic, Hebrew, Persian and the like. */
export function textDirection(locale: string): 'ltr' | 'rtl' {
  return RTL_LANGUAGES.has(locale.split('-')[0]?.toLowerCase() ?? '') ? 'rtl' : 'ltr';
}
