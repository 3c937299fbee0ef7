import type { UserCtx } from './context.ts';
import { codeMismatch, expiredCode, limitExceeded } from './errors.ts';
import { sixDigits } from './ids.ts';
import { maskDestination } from './lookup.ts';
import type { CodeState, UserState } from './types.ts';

export interface Delivery {
  Destination: string;
  DeliveryMedium: 'EMAIL' | 'SMS';
  AttributeName: string;
}

const MAX_CODE_ATTEMPTS = 5;

/** "Sends" a message: it goes to the dev outbox (and the console), never to a real person. */
export function deliver(
  at: UserCtx,
  to: { attribute: string; purpose: string; code: string; destination?: string },
): Delivery {
  const { pool, user } = at;
  const destination = to.destination ?? user.attributes[to.attribute] ?? '';
  const medium = to.attribute === 'phone_number' ? 'SMS' : 'EMAIL';
  at.state.outbox.push({
    userPoolId: pool.id,
    username: user.username,
    destination,
    medium,
    purpose: to.purpose,
    code: to.code,
    sentAt: new Date(at.now()).toISOString(),
  });
  if (at.options.logCodes) {
    console.log(
      `[cognito-local] ${to.purpose} code for ${user.username} (${medium} to ${destination}): ${to.code}`,
    );
  }
  return {
    Destination: maskDestination(destination),
    DeliveryMedium: medium,
    AttributeName: to.attribute,
  };
}

/** Issues a fresh single-use code (replacing any earlier one for the same purpose) and sends it. */
export function sendCode(
  at: UserCtx,
  send: { purpose: string; attribute: string; ttlSeconds: number; destination?: string },
): Delivery {
  const { purpose, attribute, destination } = send;
  const code = sixDigits();
  at.user.codes[purpose] = {
    code,
    expiresAt: at.now() + send.ttlSeconds * 1000,
    attempts: 0,
    attribute,
  };
  return deliver(at, { attribute, purpose, code, ...(destination && { destination }) });
}

/** Checks and consumes a code; wrong guesses count, and too many burn the code. */
export function consumeCode(
  at: UserCtx,
  answer: { purpose: string; code: string; wrongMessage?: string },
): CodeState {
  const { user } = at;
  const { purpose, wrongMessage = 'Invalid verification code provided, please try again.' } =
    answer;
  const state = user.codes[purpose];
  if (!state) throw codeMismatch(wrongMessage);
  if (at.now() > state.expiresAt) {
    delete user.codes[purpose];
    throw expiredCode();
  }
  if (state.code !== answer.code) {
    state.attempts += 1;
    if (state.attempts >= MAX_CODE_ATTEMPTS) {
      delete user.codes[purpose];
      throw limitExceeded();
    }
    throw codeMismatch(wrongMessage);
  }
  delete user.codes[purpose];
  return state;
}

/** Where a user can receive a code: verified email first, then verified phone. */
export function recoveryAttribute(user: UserState): string | undefined {
  if (user.attributes.email && user.attributes.email_verified === 'true') return 'email';
  if (user.attributes.phone_number && user.attributes.phone_number_verified === 'true') {
    return 'phone_number';
  }
  return undefined;
}
