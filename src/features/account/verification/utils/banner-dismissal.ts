import { sessionValue } from '../../../../lib/storage/session-value';

// "Not now" lasts for this tab's session; a day is longer than any one sitting.
const dismissal = sessionValue<string>('verify-banner-dismissed', 24 * 60 * 60 * 1000);
const asUserId = (value: unknown) => (typeof value === 'string' ? value : undefined);

/** Whether this user closed the verify banner in this tab. */
export const isBannerDismissed = (userId: string) => dismissal.read(asUserId) === userId;

export const dismissBanner = (userId: string) => dismissal.save(userId);
