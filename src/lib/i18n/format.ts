import { activeLocale } from './i18n';

// Intl formatters are costly to build and cheap to keep: one per locale and options.
const cache = new Map<string, Intl.DateTimeFormat | Intl.NumberFormat | Intl.RelativeTimeFormat>();
function cached<T extends Intl.DateTimeFormat | Intl.NumberFormat | Intl.RelativeTimeFormat>(
  kind: string,
  options: object,
  make: (locale: string) => T,
): T {
  const locale = activeLocale();
  const key = `${kind}|${locale}|${JSON.stringify(options)}`;
  let formatter = cache.get(key);
  if (!formatter) {
    formatter = make(locale);
    cache.set(key, formatter);
  }
  return formatter as T;
}

const DATE_TIME: Intl.DateTimeFormatOptions = { dateStyle: 'medium', timeStyle: 'short' };

/** A date and time in the active locale ("3 dic 2026, 9:41" in Spanish). */
export function formatDateTime(value: Date | number, options = DATE_TIME): string {
  return cached('date', options, (l) => new Intl.DateTimeFormat(l, options)).format(value);
}

/** A number in the active locale (1.234,5 in German). */
export function formatNumber(value: number, options: Intl.NumberFormatOptions = {}): string {
  return cached('number', options, (l) => new Intl.NumberFormat(l, options)).format(value);
}

const UNITS: readonly [Intl.RelativeTimeFormatUnit, number][] = [
  ['year', 365 * 24 * 3600],
  ['month', 30 * 24 * 3600],
  ['week', 7 * 24 * 3600],
  ['day', 24 * 3600],
  ['hour', 3600],
  ['minute', 60],
  ['second', 1],
];

/** How far `value` is from `now` in words, in the largest whole unit ("hace 3 días", "in 5 Minuten"). */
export function formatRelativeTime(value: Date | number, now: Date | number = Date.now()): string {
  const seconds = Math.round((Number(value) - Number(now)) / 1000);
  const [unit, size] = UNITS.find(([, length]) => Math.abs(seconds) >= length) ?? ['second', 1];
  const options: Intl.RelativeTimeFormatOptions = { numeric: 'auto' };
  return cached('relative', options, (l) => new Intl.RelativeTimeFormat(l, options)).format(
    Math.trunc(seconds / size),
    unit,
  );
}
