import type { Device } from '../../../../lib/auth/list-devices';
import { formatDateTime, formatRelativeTime } from '../../../../lib/i18n/format';
import { devicesMessages } from '../devices-messages';

// Brand and system names are names, not words to translate.
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
  if (!name) return devicesMessages.t('devices.unnamed');
  const browser = find(BROWSERS, name);
  const system = find(SYSTEMS, name);
  if (system) {
    return browser
      ? devicesMessages.t('devices.browserOn', { browser, system })
      : devicesMessages.t('devices.someBrowserOn', { system });
  }
  if (browser) return browser;
  return name.length > 60 ? `${name.slice(0, 57)}…` : name;
}

/** "5 minutes ago", "yesterday" in the app's language; under a minute, "just now". */
export function timeAgo(iso: string, now = Date.now()): string {
  const time = new Date(iso).getTime();
  return Math.abs(time - now) < 60_000
    ? devicesMessages.t('devices.justNow')
    : formatRelativeTime(time, now);
}

/** The date and time in full, for the tooltip and for screen readers' <time>. */
export const fullDate = (iso: string): string => formatDateTime(new Date(iso));
