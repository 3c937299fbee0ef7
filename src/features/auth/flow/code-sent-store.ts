import type { CodeDelivery } from '../api/code-delivery';

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

const key = (purpose: CodePurpose) => `cognito-spa:code-sent:${purpose}`;

export function saveCodeSent(
  purpose: CodePurpose,
  username: string,
  delivery: CodeDelivery,
  now = Date.now(),
): CodeSent {
  const record: CodeSent = { ...delivery, username, sentAt: now };
  sessionStorage.setItem(key(purpose), JSON.stringify(record));
  return record;
}

/** The record for this user, or undefined when there is none, it is another user's, or it is malformed. */
export function readCodeSent(purpose: CodePurpose, username: string): CodeSent | undefined {
  let parsed: unknown;
  try {
    parsed = JSON.parse(sessionStorage.getItem(key(purpose)) ?? 'null');
  } catch {
    return undefined;
  }
  if (!parsed || typeof parsed !== 'object') return undefined;
  const r = parsed as Partial<CodeSent>;
  if (r.username !== username || typeof r.sentAt !== 'number') return undefined;
  return {
    username,
    sentAt: r.sentAt,
    ...(typeof r.destination === 'string' && { destination: r.destination }),
    ...((r.medium === 'EMAIL' || r.medium === 'SMS') && { medium: r.medium }),
  };
}

export function clearCodeSent(purpose: CodePurpose): void {
  sessionStorage.removeItem(key(purpose));
}
