/**
 * Remaining-time thresholds worth telling a screen-reader user about. Announcing every
 * second would drown out everything else; these say only what changed in a way that matters.
 */
const THRESHOLDS = [
  { seconds: 60, message: 'Your ID token expires in less than a minute.' },
  { seconds: 5 * 60, message: 'Your ID token expires in less than 5 minutes.' },
  { seconds: 15 * 60, message: 'Your ID token expires in less than 15 minutes.' },
] as const;

/** Which band the remaining time is in: 'expired', a threshold in seconds, or 'plenty'. */
export function expiryBand(remainingSeconds: number): 'expired' | number | 'plenty' {
  if (remainingSeconds <= 0) return 'expired';
  const threshold = THRESHOLDS.find((t) => remainingSeconds <= t.seconds);
  return threshold ? threshold.seconds : 'plenty';
}

/** The sentence to announce on entering `band`; empty for 'plenty' (nothing to say). */
export function expiryMessage(band: ReturnType<typeof expiryBand>): string {
  if (band === 'expired')
    return 'Your ID token has expired. It is renewed the next time it is needed.';
  if (band === 'plenty') return '';
  return THRESHOLDS.find((t) => t.seconds === band)?.message ?? '';
}
