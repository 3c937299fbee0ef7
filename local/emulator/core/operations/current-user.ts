import {
  applyAttributeUpdates,
  markVerified,
  sendVerificationCode,
  VERIFIABLE,
} from '../attribute-updates.ts';
import { consumeCode } from '../codes.ts';
import type { Operation } from '../context.ts';
import { invalidParameter, notAuthorized } from '../errors.ts';
import { attributeList, str, strList } from '../input.ts';
import { assertPasswordPolicy } from '../password-policy.ts';
import { authenticate } from '../tokens.ts';
import {
  assertNotRecentPassword,
  checkAttributes,
  attributeList as listOf,
  mfaSettings,
  passwordMatches,
  setPassword,
} from '../users.ts';

export const getUser: Operation = (ctx, req) => {
  const { user } = authenticate(ctx, req.AccessToken);
  return { Username: user.username, UserAttributes: listOf(user), ...mfaSettings(user) };
};

export const changePassword: Operation = (ctx, req) => {
  const me = authenticate(ctx, req.AccessToken);
  const { pool, user } = me;
  if (!passwordMatches(pool, user, str(req, 'PreviousPassword'))) {
    throw notAuthorized('Incorrect username or password.');
  }
  const proposed = str(req, 'ProposedPassword');
  assertPasswordPolicy(pool.config.Policies.PasswordPolicy, proposed);
  assertNotRecentPassword(me, proposed);
  setPassword(me, { password: proposed });
  user.modifiedAt = ctx.now();
  return {};
};

/** Changing email or phone unverifies it (or waits for its code) and sends a code. */
export const updateUserAttributes: Operation = (ctx, req) => {
  const me = authenticate(ctx, req.AccessToken);
  const updates = attributeList(req, 'UserAttributes');
  checkAttributes(me.pool, updates);
  // The app client's WriteAttributes, when it lists any, bound what its users may change.
  const writable = me.pool.clients[String(me.claims.client_id)]?.WriteAttributes;
  if (writable?.length && Object.keys(updates).some((name) => !writable.includes(name))) {
    throw notAuthorized('A client attempted to write unauthorized attribute');
  }
  for (const name of Object.keys(updates)) {
    if (name.endsWith('_verified')) throw invalidParameter(`Cannot modify ${name}`);
  }
  return { CodeDeliveryDetailsList: applyAttributeUpdates(me, updates, { admin: false }) };
};

export const getUserAttributeVerificationCode: Operation = (ctx, req) => {
  const me = authenticate(ctx, req.AccessToken);
  const name = str(req, 'AttributeName');
  const waiting = me.user.pendingAttributes?.[name];
  if (!VERIFIABLE.includes(name) || (!me.user.attributes[name] && !waiting)) {
    throw invalidParameter(`Cannot send a verification code for ${name}`);
  }
  // A change that waits for its code: the new address gets the code, as after the update.
  return { CodeDeliveryDetails: sendVerificationCode(me, name, waiting) };
};

export const verifyUserAttribute: Operation = (ctx, req) => {
  const me = authenticate(ctx, req.AccessToken);
  const name = str(req, 'AttributeName');
  if (!VERIFIABLE.includes(name)) throw invalidParameter(`Cannot verify ${name}`);
  consumeCode(me, { purpose: `VERIFY_${name}`, code: str(req, 'Code') });
  markVerified(me, name);
  return {};
};

export const deleteUserAttributes: Operation = (ctx, req) => {
  const { pool, user } = authenticate(ctx, req.AccessToken);
  const names = strList(req, 'UserAttributeNames') ?? [];
  for (const name of names) {
    if (name === 'sub' || pool.config.UsernameAttributes.includes(name)) {
      throw invalidParameter(`Cannot delete the attribute ${name}`);
    }
  }
  for (const name of names) {
    delete user.attributes[name];
    if (VERIFIABLE.includes(name)) delete user.attributes[`${name}_verified`];
  }
  user.modifiedAt = ctx.now();
  return {};
};

export const deleteUser: Operation = (ctx, req) => {
  const { pool, user } = authenticate(ctx, req.AccessToken);
  delete pool.users[user.username];
  for (const family of Object.values(pool.families)) {
    if (family.username === user.username) family.revoked = true;
  }
  return {};
};
