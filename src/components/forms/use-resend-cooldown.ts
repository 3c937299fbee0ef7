import { useEffect, useState } from 'react';

/** How long "Send a new code" stays disabled after a code was sent, so nobody floods the inbox. */
export const RESEND_COOLDOWN_SECONDS = 30;

/** Whole seconds before another code may be asked for, given when the last one was sent. */
export function useResendCooldown(sentAt: number | undefined): number {
  const until = sentAt === undefined ? 0 : sentAt + RESEND_COOLDOWN_SECONDS * 1000;
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    if (until <= Date.now()) return;
    setNow(Date.now());
    const timer = setInterval(() => {
      const t = Date.now();
      setNow(t);
      if (t >= until) clearInterval(timer);
    }, 250);
    return () => clearInterval(timer);
  }, [until]);
  const left = Math.ceil((until - now) / 1000);
  return Math.min(RESEND_COOLDOWN_SECONDS, Math.max(0, left));
}
