import source from './catalogs/en.json';
import { type Catalog, formatMessage, type MessageValues } from './format-message';
import { type AppLocale, SOURCE_LOCALE, textDirection } from './locales';

/** A message's id in the catalogs; the English catalog is the list of them. */
export type MessageId = keyof typeof source;

// Compiled at build time, so typed as the compiled form, not as the JSON source reads.
const sourceCatalog = source as unknown as Catalog;

// One chunk per locale, fetched only when someone chooses or prefers it.
const asCatalog = (module: { default: unknown }) => module.default as Catalog;
const LOADERS: Readonly<Record<AppLocale, () => Promise<Catalog>>> = {
  en: async () => sourceCatalog,
  es: () => import('./catalogs/es.json').then(asCatalog),
  de: () => import('./catalogs/de.json').then(asCatalog),
  'en-XA': () => import('./pseudo-localize').then((m) => m.pseudoLocalize(sourceCatalog)),
  'ar-XB': async () => sourceCatalog,
};

const catalogs = new Map<AppLocale, Catalog>([[SOURCE_LOCALE, sourceCatalog]]);
let active: AppLocale = SOURCE_LOCALE;
const listeners = new Set<() => void>();

/** Fetches a locale's catalog once; a message it lacks falls back to English. */
export async function loadLocale(locale: AppLocale): Promise<void> {
  if (catalogs.has(locale)) return;
  const catalog = await LOADERS[locale]();
  catalogs.set(locale, { ...sourceCatalog, ...catalog });
}

/** Switches the app to `locale` (loading it first); `<html lang dir>` follow. */
export async function activateLocale(locale: AppLocale): Promise<void> {
  await loadLocale(locale);
  if (typeof document !== 'undefined') {
    document.documentElement.lang = locale;
    document.documentElement.dir = textDirection(locale);
  }
  if (locale === active) return;
  active = locale;
  for (const listener of listeners) listener();
}

/** The active locale. */
export const activeLocale = (): AppLocale => active;

/** Calls `listener` after each switch of language; returns the unsubscribe. */
export function onLocaleChange(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/**
 * A message in the active locale, placeholders and plurals filled in. An id no catalog has is
 * a bug tests must see: logged (tests fail on console errors) and shown as the id.
 */
export function t(id: MessageId, values: MessageValues = {}): string {
  const message = catalogs.get(active)?.[id];
  if (message === undefined) {
    console.error(`[i18n] no message "${id}" in ${active}`);
    return id;
  }
  return formatMessage(message, values, active);
}
