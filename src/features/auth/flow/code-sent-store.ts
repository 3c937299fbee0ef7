import type { CodeDelivery } from '../../../lib/auth/code-delivery';
import { type SessionValue, sessionValue } from '../../../lib/storage/session-value';
import { isRecord } from '../../../lib/validation/is-record';

/** What a code was sent for: confirming a sign-up, or resetting a password. */
export type CodePurpose = 'sign-up' | 'password-reset';

/**
 * The last code sent in this tab, so the next page (or a reload) can say where it went and
 * keep the resend cooldown. Destinations are masked by Cognito; sessionStorage only.
 */
export interface CodeSent extends CodeDelivery {
  readonly username: string;
  readonly sentAt: number;
}

function parseCodeSent(value: unknown): CodeSent | undefined {
  if (!isRecord(value)) return undefined;
  const { username, sentAt, destination, medium } = value;
  if (typeof username !== 'string' || typeof sentAt !== 'number') return undefined;
  return {
    username,
    sentAt,
    ...(typeof destination === 'string' && destination && { destination }),
    ...((medium === 'EMAIL' || medium === 'SMS') && { medium }),
  };
}

// As long as Cognito's codes last: a sign-up code 24 hours, a password reset code 1 hour.
const stores: Record<CodePurpose, SessionValue<CodeSent>> = {
  'sign-up': sessionValue('code-sent:sign-up', 24 * 60 * 60 * 1000),
  'password-reset': sessionValue('code-sent:password-reset', 60 * 60 * 1000),
};

export function saveCodeSent(
  purpose: CodePurpose,
  username: string,
  delivery: CodeDelivery,
  now = Date.now(),
): CodeSent {
  const record: CodeSent = { ...delivery, username, sentAt: now };
  stores[purpose].save(record, now);
  return record;
}

/** The record for this user, or undefined when there is none, it is another user's, or it is malformed. */
export function readCodeSent(purpose: CodePurpose, username: string): CodeSent | undefined {
  const sent = stores[purpose].read(parseCodeSent);
  return sent?.username === username ? sent : undefined;
}

export function clearCodeSent(purpose: CodePurpose): void {
  stores[purpose].clear();
}
