import { type Delivery, sendCode } from './codes.ts';
import type { UserCtx } from './context.ts';
import { CognitoError } from './errors.ts';
import type { UserState } from './types.ts';
import { assertUniqueIdentity } from './users.ts';

/** The attributes a code can verify, and that AttributesRequireVerificationBeforeUpdate covers. */
export const VERIFIABLE = ['email', 'phone_number'];
const VERIFY_CODE_TTL = 24 * 3600;

/** Sends a code for `attribute` to `destination` (a pending new value), else to its current value. */
export const sendVerificationCode = (at: UserCtx, attribute: string, destination?: string) =>
  sendCode(at, {
    purpose: `VERIFY_${attribute}`,
    attribute,
    ttlSeconds: VERIFY_CODE_TTL,
    ...(destination && { destination }),
  });

/**
 * Throws when another user owns `value`. Updates answer AliasExistsException even where the
 * attribute is the username (a user changing their email to a taken one), as Cognito does.
 */
export function assertAttributeAvailable(at: UserCtx, name: string, value: string): void {
  const probe: UserState = { ...at.user, attributes: { ...at.user.attributes, [name]: value } };
  try {
    assertUniqueIdentity(at.pool, probe);
  } catch (error) {
    if (error instanceof CognitoError && error.name === 'UsernameExistsException') {
      throw new CognitoError('AliasExistsException', error.message);
    }
    throw error;
  }
}

/** Whether a change of this (verified) attribute waits for its code before replacing it. */
function waitsForCode(at: UserCtx, name: string): boolean {
  const { pool, user } = at;
  return (
    (pool.config.AttributesRequireVerificationBeforeUpdate ?? []).includes(name) &&
    !!user.attributes[name] &&
    user.attributes[`${name}_verified`] === 'true'
  );
}

/**
 * Applies UpdateUserAttributes / AdminUpdateUserAttributes. A changed email or phone either
 * waits (the pool's AttributesRequireVerificationBeforeUpdate: the old value and its verified
 * state stay, the new one is kept aside and the code goes to it) or is written unverified. An
 * admin can write it verified at once with `<name>_verified: true`. Returns the codes sent.
 */
export function applyAttributeUpdates(
  at: UserCtx,
  given: Record<string, string>,
  caller: { admin: boolean },
): Delivery[] {
  const { pool, user } = at;
  const updates = { ...given };
  const pending = { ...(user.pendingAttributes ?? {}) };
  const toVerify: { name: string; destination?: string }[] = [];
  for (const name of VERIFIABLE) {
    const value = updates[name];
    if (value === undefined) continue;
    if (value === user.attributes[name]) {
      // Setting the current value again withdraws a pending change.
      delete pending[name];
      delete updates[name];
      continue;
    }
    const verifiedNow = caller.admin && updates[`${name}_verified`] === 'true';
    if (!verifiedNow && waitsForCode(at, name)) {
      assertAttributeAvailable(at, name, value);
      pending[name] = value;
      delete updates[name];
      delete updates[`${name}_verified`];
      toVerify.push({ name, destination: value });
      continue;
    }
    delete pending[name];
    if (!verifiedNow) updates[`${name}_verified`] = 'false';
    if (!caller.admin && pool.config.AutoVerifiedAttributes.includes(name)) toVerify.push({ name });
  }
  const before = user.attributes;
  user.attributes = { ...user.attributes, ...updates };
  try {
    for (const name of VERIFIABLE) {
      if (updates[name] !== undefined) assertAttributeAvailable(at, name, updates[name]);
    }
  } catch (error) {
    user.attributes = before;
    throw error;
  }
  if (Object.keys(pending).length) user.pendingAttributes = pending;
  else delete user.pendingAttributes;
  user.modifiedAt = at.now();
  return toVerify.map(({ name, destination }) => sendVerificationCode(at, name, destination));
}

/** After a right code: a pending value replaces the old one, verified; else the value is verified. */
export function markVerified(at: UserCtx, name: string): void {
  const { user } = at;
  const waiting = user.pendingAttributes?.[name];
  if (waiting !== undefined) {
    assertAttributeAvailable(at, name, waiting);
    user.attributes[name] = waiting;
    delete user.pendingAttributes?.[name];
    if (user.pendingAttributes && !Object.keys(user.pendingAttributes).length) {
      delete user.pendingAttributes;
    }
  }
  user.attributes[`${name}_verified`] = 'true';
  user.modifiedAt = at.now();
}
