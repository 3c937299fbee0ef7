import { formatDateTime } from '../../../lib/i18n/format';
import { profileMessages } from '../profile-messages';

/** Epoch seconds (a JWT time claim) as a local date and time, in the app's language. */
export const formatEpoch = (seconds: number): string =>
  formatDateTime(seconds * 1000, { dateStyle: 'medium', timeStyle: 'medium' });

/** Epoch seconds as an ISO string for `<time dateTime>`. */
export const epochToIso = (seconds: number): string => new Date(seconds * 1000).toISOString();

/** A span of seconds as "1 h 04 min", "4 min 05 s" or "12 s" (in the active language): short, and readable aloud. */
export function formatDuration(totalSeconds: number): string {
  const s = Math.max(0, Math.floor(totalSeconds));
  const hours = Math.floor(s / 3600);
  const minutes = Math.floor((s % 3600) / 60);
  const seconds = s % 60;
  const pad = (n: number) => String(n).padStart(2, '0');
  const { t } = profileMessages;
  if (hours > 0) return t('profile.duration.hours', { hours, minutes: pad(minutes) });
  if (minutes > 0) return t('profile.duration.minutes', { minutes, seconds: pad(seconds) });
  return t('profile.duration.seconds', { seconds });
}

/** An ISO-8601 duration for `<time dateTime>`, e.g. "PT4M5S". */
export const isoDuration = (totalSeconds: number): string => {
  const s = Math.max(0, Math.floor(totalSeconds));
  return `PT${Math.floor(s / 3600)}H${Math.floor((s % 3600) / 60)}M${s % 60}S`;
};
