import type { Device } from '../../../../lib/auth/list-devices';

// Order matters: Edge and Opera also say "Chrome", Chrome also says "Safari".
const BROWSERS: readonly (readonly [RegExp, string])[] = [
  [/\bEdg(e|A|iOS)?\/|Microsoft Edge/, 'Edge'],
  [/\bOPR\/|\bOpera\b/, 'Opera'],
  [/SamsungBrowser/, 'Samsung Internet'],
  [/Firefox\/|FxiOS\//, 'Firefox'],
  [/HeadlessChrome/, 'Headless Chrome'],
  [/Google Chrome|Chrome\/|CriOS\//, 'Chrome'],
  [/Chromium/, 'Chromium'],
  [/Version\/[\d.]+.*Safari\//, 'Safari'],
];

const SYSTEMS: readonly (readonly [RegExp, string])[] = [
  [/iPhone|iPad|iPod|\biOS\b/i, 'iOS'],
  [/Android/i, 'Android'],
  [/\bCrOS\b|Chrome ?OS/, 'ChromeOS'],
  [/Windows/i, 'Windows'],
  [/Macintosh|Mac OS X|macOS/i, 'macOS'],
  [/Linux/i, 'Linux'],
];

const find = (table: typeof BROWSERS, text: string) =>
  table.find(([pattern]) => pattern.test(text))?.[1];

/**
 * A device's name for people: "Chrome on macOS". Amplify names a device with the browser's
 * user agent or its client hints, neither meant to be read, and Cognito cannot rename one.
 */
export function deviceLabel(device: Pick<Device, 'name'>): string {
  const name = device.name?.trim() ?? '';
  if (!name) return 'Unnamed device';
  const browser = find(BROWSERS, name);
  const system = find(SYSTEMS, name);
  if (system) return `${browser ?? 'Browser'} on ${system}`;
  if (browser) return browser;
  return name.length > 60 ? `${name.slice(0, 57)}…` : name;
}

const UNITS: readonly (readonly [Intl.RelativeTimeFormatUnit, number])[] = [
  ['year', 365 * 24 * 60 * 60],
  ['month', 30 * 24 * 60 * 60],
  ['week', 7 * 24 * 60 * 60],
  ['day', 24 * 60 * 60],
  ['hour', 60 * 60],
  ['minute', 60],
];

const relative = new Intl.RelativeTimeFormat(undefined, { numeric: 'auto' });
const absolute = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' });

/** "5 minutes ago", "yesterday"; under a minute, "just now". */
export function timeAgo(iso: string, now = Date.now()): string {
  const seconds = Math.round((new Date(iso).getTime() - now) / 1000);
  for (const [unit, size] of UNITS) {
    if (Math.abs(seconds) >= size) return relative.format(Math.trunc(seconds / size), unit);
  }
  return 'just now';
}

/** The date and time in full, for the tooltip and for screen readers' <time>. */
export const fullDate = (iso: string): string => absolute.format(new Date(iso));
