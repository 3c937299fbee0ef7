import {
  type Catalog,
  type CompiledMessage,
  formatMessage,
  type MessageValues,
} from './format-message';
import { type AppLocale, SOURCE_LOCALE, textDirection } from './locales';
import source from './messages/en.json';

/** A message id of the shared catalog (`messages/en.json` here); features add their own. */
export type CoreMessageId = keyof typeof source;

/** The locales a catalog is translated into; the pseudo-locales are made from English. */
export type TranslatedLocale = Exclude<AppLocale, 'en' | 'en-XA' | 'ar-XB'>;

/** A catalog's translations, each a chunk of its own: `{ es: () => import('./es.json'), … }`. */
export type Translations = Readonly<Record<TranslatedLocale, () => Promise<{ default: unknown }>>>;

interface Registered {
  readonly source: Catalog;
  readonly translations: Translations;
  readonly loads: Map<AppLocale, Promise<void>>;
}

// Catalogs are split by feature (ADR 13): a page's messages arrive with its chunk, and each
// catalog registers itself when its module first loads. Ids are unique across catalogs
// (a test checks), so one table per locale holds every message loaded so far.
const registered: Registered[] = [];
const tables = new Map<AppLocale, Record<string, CompiledMessage>>();
let active: AppLocale = SOURCE_LOCALE;
// Bumped whenever what `t` returns may change: a switch, or a translation that arrived late.
let revision = 0;
const listeners = new Set<() => void>();

function notify() {
  revision += 1;
  for (const listener of listeners) listener();
}

const tableOf = (locale: AppLocale) => {
  let table = tables.get(locale);
  if (!table) {
    table = {};
    tables.set(locale, table);
  }
  return table;
};

function fetchCatalog(entry: Registered, locale: AppLocale): Promise<Catalog> {
  if (locale === 'en-XA') {
    return import('./pseudo-localize').then((m) => m.pseudoLocalize(entry.source));
  }
  if (locale === 'en' || locale === 'ar-XB') return Promise.resolve(entry.source);
  return entry.translations[locale]().then((module) => module.default as Catalog);
}

/** Loads one catalog in one locale, once; a failed load is tried again next time. */
function load(entry: Registered, locale: AppLocale): Promise<void> {
  let pending = entry.loads.get(locale);
  if (!pending) {
    pending = fetchCatalog(entry, locale).then((catalog) => {
      Object.assign(tableOf(locale), catalog);
    });
    entry.loads.set(locale, pending);
    pending.catch(() => entry.loads.delete(locale));
  }
  return pending;
}

/**
 * Adds a catalog: its English messages at once, its translation into the active locale
 * fetched now (a route waits for it through `messagesReady`). Use `defineMessages`.
 */
export function registerMessages(catalog: Catalog, translations: Translations): void {
  const entry: Registered = { source: catalog, translations, loads: new Map() };
  registered.push(entry);
  Object.assign(tableOf(SOURCE_LOCALE), catalog);
  entry.loads.set(SOURCE_LOCALE, Promise.resolve());
  if (active === SOURCE_LOCALE) return;
  // Code loaded after its page rendered (an import on demand) shows English until its
  // translation arrives, then re-renders in the active language.
  const locale = active;
  load(entry, locale).then(
    () => locale === active && notify(),
    () => undefined,
  );
}

registerMessages(source as unknown as Catalog, {
  es: () => import('./messages/es.json'),
  de: () => import('./messages/de.json'),
});

/**
 * Resolves once every catalog registered so far is loaded in the active locale, so a page
 * renders in its language from the first frame. One that fails to load leaves its messages
 * in English (logged), rather than the page unreachable.
 */
export const messagesReady = (): Promise<unknown> =>
  loadAll(active).catch((error) => console.error(`[i18n] ${active} did not load: ${error?.name}`));

/** Loads every registered catalog in `locale`; rejects if one cannot be loaded. */
const loadAll = (locale: AppLocale) => Promise.all(registered.map((entry) => load(entry, locale)));

/** Switches the app to `locale` (loading its catalogs first); `<html lang dir>` follow. */
export async function activateLocale(locale: AppLocale): Promise<void> {
  await loadAll(locale);
  if (typeof document !== 'undefined') {
    document.documentElement.lang = locale;
    document.documentElement.dir = textDirection(locale);
  }
  if (locale === active) return;
  active = locale;
  notify();
}

/** The active locale. */
export const activeLocale = (): AppLocale => active;

/** Changes whenever messages may read differently: for `useSyncExternalStore`. */
export const messagesRevision = (): number => revision;

/** Calls `listener` after each switch of language; returns the unsubscribe. */
export function onLocaleChange(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/**
 * A message in the active locale, placeholders and plurals filled in; English while a
 * catalog's translation is still on its way. An id no catalog has is a bug tests must see:
 * logged (tests fail on console errors) and shown as the id. Any registered id: typed per
 * catalog by `defineMessages`, and to the shared catalog's ids as `t`.
 */
function translate(id: string, values: MessageValues = {}): string {
  const message = tables.get(active)?.[id] ?? tables.get(SOURCE_LOCALE)?.[id];
  if (message === undefined) {
    console.error(`[i18n] no message "${id}" in ${active}`);
    return id;
  }
  return formatMessage(message, values, active);
}

/** A message of the shared catalog (`translate`, typed to its ids). */
export const t: (id: CoreMessageId, values?: MessageValues) => string = translate;
