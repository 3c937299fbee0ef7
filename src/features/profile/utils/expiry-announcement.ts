import { profileMessages } from '../profile-messages';

/**
 * Remaining-time thresholds worth telling a screen-reader user about. Announcing every
 * second would drown out everything else; these say only what changed in a way that matters.
 */
const THRESHOLDS = [60, 5 * 60, 15 * 60] as const;

/** Which band the remaining time is in: 'expired', a threshold in seconds, or 'plenty'. */
export function expiryBand(remainingSeconds: number): 'expired' | number | 'plenty' {
  if (remainingSeconds <= 0) return 'expired';
  return THRESHOLDS.find((seconds) => remainingSeconds <= seconds) ?? 'plenty';
}

/** The sentence to announce on entering `band`, in the active language; empty for 'plenty'. */
export function expiryMessage(band: ReturnType<typeof expiryBand>): string {
  const { t } = profileMessages;
  if (band === 'expired') return t('profile.hasExpired');
  if (band === 'plenty') return '';
  if (band <= 60) return t('profile.expiresWithinMinute');
  return t('profile.expiresWithinMinutes', { count: band / 60 });
}
