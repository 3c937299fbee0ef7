import type { CodeDelivery } from '../../../../lib/auth/code-delivery';
import type { ContactAttribute } from '../../../../lib/auth/fetch-user-attributes';
import { sessionValue } from '../../../../lib/storage/session-value';
import { isRecord } from '../../../../lib/validation/is-record';

/** A code sent to verify an email or phone number, kept so a reload still asks for it. */
export interface CodeSent {
  /** Whose change it is: another user signing in in this tab must not see it. */
  readonly userId: string;
  /** The value the code is for: the new one, pending or already in use. */
  readonly value: string;
  /**
   * The old value stays in use until this one is verified (AttributesRequireVerificationBeforeUpdate).
   * Cognito never returns a pending value, so this tab is the only place that knows it.
   */
  readonly pending: boolean;
  /** When the last code went, for the resend cooldown. */
  readonly sentAt: number;
  readonly delivery: CodeDelivery;
}

// Cognito's attribute verification codes last 24 hours.
const CODE_LIFETIME_MS = 24 * 60 * 60 * 1000;

const store = (attribute: ContactAttribute) =>
  sessionValue<CodeSent>(`attribute-code:${attribute}`, CODE_LIFETIME_MS);

const parse = (value: unknown): CodeSent | undefined => {
  if (!isRecord(value)) return undefined;
  const { userId, pending, sentAt, delivery } = value;
  if (typeof userId !== 'string' || typeof value.value !== 'string') return undefined;
  if (typeof pending !== 'boolean' || typeof sentAt !== 'number') return undefined;
  const destination = isRecord(delivery) ? delivery.destination : undefined;
  const medium = isRecord(delivery) ? delivery.medium : undefined;
  return {
    userId,
    value: value.value,
    pending,
    sentAt,
    delivery: {
      ...(typeof destination === 'string' && { destination }),
      ...((medium === 'EMAIL' || medium === 'SMS') && { medium }),
    },
  };
};

/** The code last sent for `attribute` to this user, while it can still be used. */
export function readCodeSent(attribute: ContactAttribute, userId: string): CodeSent | undefined {
  const sent = store(attribute).read(parse);
  return sent?.userId === userId ? sent : undefined;
}

export const saveCodeSent = (attribute: ContactAttribute, sent: CodeSent) =>
  store(attribute).save(sent, sent.sentAt);

export const clearCodeSent = (attribute: ContactAttribute) => store(attribute).clear();
