import { useEffect, useReducer, useState } from 'react';
import type { CodePurpose, CodeSent } from '../flow/code-sent-store';
import { readCodeSent } from '../flow/code-sent-store';

/** How long "Send a new code" stays disabled after a code was sent, so nobody floods the inbox. */
export const RESEND_COOLDOWN_SECONDS = 30;

/** Whole seconds until `until`, ticking while above zero. */
function useSecondsUntil(until: number): number {
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

export interface CodeSentState {
  /** Where the last code for this user went, if this tab sent it. */
  readonly sent: CodeSent | undefined;
  /** Seconds before another code may be requested; the timestamp survives a reload. */
  readonly secondsLeft: number;
  /** Re-reads the record after a send (the service layer writes it). */
  readonly refresh: () => void;
}

/** The code last sent to `username` for `purpose`, and the resend cooldown that follows it. */
export function useCodeSent(purpose: CodePurpose, username: string): CodeSentState {
  const [, refresh] = useReducer((n: number) => n + 1, 0);
  // Read on every render: cheap, and always the latest send (another mutation may write it).
  const sent = username ? readCodeSent(purpose, username) : undefined;
  const secondsLeft = useSecondsUntil(sent ? sent.sentAt + RESEND_COOLDOWN_SECONDS * 1000 : 0);
  return { sent, secondsLeft, refresh };
}
