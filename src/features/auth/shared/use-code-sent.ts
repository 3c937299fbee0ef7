import { useReducer } from 'react';
import { useResendCooldown } from '../../../components/forms/use-resend-cooldown';
import type { CodeDelivery } from '../../../lib/auth/code-delivery';
import type { CodePurpose, CodeSent } from '../flow/code-sent-store';
import { readCodeSent, saveCodeSent } from '../flow/code-sent-store';

export interface CodeSentState {
  /** Where the last code for this user went, if this tab sent it. */
  readonly sent: CodeSent | undefined;
  /** Seconds before another code may be requested; the timestamp survives a reload. */
  readonly secondsLeft: number;
  /** Remembers a new send (where it went, and when: the cooldown restarts). */
  readonly save: (delivery: CodeDelivery) => void;
}

/** The code last sent to `username` for `purpose`, and the resend cooldown that follows it. */
export function useCodeSent(purpose: CodePurpose, username: string): CodeSentState {
  const [, refresh] = useReducer((n: number) => n + 1, 0);
  // Read on every render: cheap, and always the latest send (another mutation may write it).
  const sent = username ? readCodeSent(purpose, username) : undefined;
  const secondsLeft = useResendCooldown(sent?.sentAt);
  const save = (delivery: CodeDelivery) => {
    saveCodeSent(purpose, username, delivery);
    refresh();
  };
  return { sent, secondsLeft, save };
}
