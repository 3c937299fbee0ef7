import { useEffect, useRef, useState } from 'react';
import { rich } from '../../../lib/i18n/rich-text';
import { useI18n } from '../../../lib/i18n/use-i18n';
import { profileMessages } from '../profile-messages';
import { expiryBand, expiryMessage } from '../utils/expiry-announcement';
import { epochToIso, formatDuration, formatEpoch, isoDuration } from '../utils/format-time';
import { useNowSeconds } from '../utils/use-now';

/**
 * The ID token's remaining lifetime, ticking every second on screen. The ticking text is not
 * a live region; a separate polite one speaks only when a threshold is crossed or the token
 * is renewed, so a screen reader is not interrupted sixty times a minute.
 */
export function TokenExpiry({ expiresAt }: { expiresAt: number }) {
  const { t } = useI18n(profileMessages);
  const now = useNowSeconds();
  const remaining = Math.ceil(expiresAt - now);
  const announcement = useExpiryAnnouncement(expiresAt, remaining);
  return (
    <>
      {remaining > 0
        ? rich(t('profile.expiresIn', { duration: formatDuration(remaining) }), [
            (duration) => <time dateTime={isoDuration(remaining)}>{duration}</time>,
          ])
        : t('profile.expired')}{' '}
      <span className="profile-muted">
        (<time dateTime={epochToIso(expiresAt)}>{formatEpoch(expiresAt)}</time>)
      </span>
      <span className="amplify-visually-hidden" aria-live="polite" aria-atomic="true">
        {announcement}
      </span>
    </>
  );
}

function useExpiryAnnouncement(expiresAt: number, remaining: number): string {
  const band = expiryBand(remaining);
  const [message, setMessage] = useState('');
  const seen = useRef({ band, expiresAt });
  useEffect(() => {
    const previous = seen.current;
    seen.current = { band, expiresAt };
    if (expiresAt > previous.expiresAt) {
      setMessage(profileMessages.t('profile.renewed', { time: formatEpoch(expiresAt) }));
    } else if (band !== previous.band) {
      setMessage(expiryMessage(band));
    }
  }, [band, expiresAt]);
  return message;
}
