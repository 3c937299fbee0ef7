import { useEffect, useRef, useState } from 'react';
import { expiryBand, expiryMessage } from '../utils/expiry-announcement';
import { formatDuration, formatEpoch, isoDuration } from '../utils/format-time';
import { useNowSeconds } from '../utils/use-now';

/**
 * The ID token's remaining lifetime, ticking every second on screen. The ticking text is not
 * a live region; a separate polite one speaks only when a threshold is crossed or the token
 * is renewed, so a screen reader is not interrupted sixty times a minute.
 */
export function TokenExpiry({ expiresAt }: { expiresAt: number }) {
  const now = useNowSeconds();
  const remaining = Math.ceil(expiresAt - now);
  const announcement = useExpiryAnnouncement(expiresAt, remaining);
  return (
    <>
      {remaining > 0 ? (
        <>
          in <time dateTime={isoDuration(remaining)}>{formatDuration(remaining)}</time>
        </>
      ) : (
        'Expired'
      )}{' '}
      <span className="profile-muted">({formatEpoch(expiresAt)})</span>
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
      setMessage(`Your ID token was renewed. It now expires at ${formatEpoch(expiresAt)}.`);
    } else if (band !== previous.band) {
      setMessage(expiryMessage(band));
    }
  }, [band, expiresAt]);
  return message;
}
