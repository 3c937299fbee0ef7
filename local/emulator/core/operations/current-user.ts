import { consumeCode, sendCode } from '../codes.ts';
import type { Operation, UserCtx } from '../context.ts';
import { invalidParameter, notAuthorized } from '../errors.ts';
import { attributeList, str, strList } from '../input.ts';
import { assertPasswordPolicy } from '../password-policy.ts';
import { authenticate } from '../tokens.ts';
import {
  assertUniqueIdentity,
  checkAttributes,
  attributeList as listOf,
  mfaSettings,
  passwordMatches,
  setPassword,
} from '../users.ts';

const VERIFY_CODE_TTL = 24 * 3600;
const VERIFIABLE = ['email', 'phone_number'];

const sendVerificationCode = (me: UserCtx, attribute: string) =>
  sendCode(me, { purpose: `VERIFY_${attribute}`, attribute, ttlSeconds: VERIFY_CODE_TTL });

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
  setPassword(me, { password: proposed });
  user.modifiedAt = ctx.now();
  return {};
};

/** Changing email or phone unverifies it and sends a code, when the pool auto-verifies it. */
export const updateUserAttributes: Operation = (ctx, req) => {
  const me = authenticate(ctx, req.AccessToken);
  const { pool, user } = me;
  const updates = attributeList(req, 'UserAttributes');
  checkAttributes(pool, updates);
  for (const name of Object.keys(updates)) {
    if (name.endsWith('_verified')) throw invalidParameter(`Cannot modify ${name}`);
  }
  const before = { ...user.attributes };
  user.attributes = { ...user.attributes, ...updates };
  try {
    assertUniqueIdentity(pool, user);
  } catch (error) {
    user.attributes = before;
    throw error;
  }
  const CodeDeliveryDetailsList = [];
  for (const name of VERIFIABLE) {
    if (updates[name] !== undefined && updates[name] !== before[name]) {
      user.attributes[`${name}_verified`] = 'false';
      if (pool.config.AutoVerifiedAttributes.includes(name)) {
        CodeDeliveryDetailsList.push(sendVerificationCode(me, name));
      }
    }
  }
  user.modifiedAt = ctx.now();
  return { CodeDeliveryDetailsList };
};

export const getUserAttributeVerificationCode: Operation = (ctx, req) => {
  const me = authenticate(ctx, req.AccessToken);
  const name = str(req, 'AttributeName');
  if (!VERIFIABLE.includes(name) || !me.user.attributes[name]) {
    throw invalidParameter(`Cannot send a verification code for ${name}`);
  }
  return { CodeDeliveryDetails: sendVerificationCode(me, name) };
};

export const verifyUserAttribute: Operation = (ctx, req) => {
  const me = authenticate(ctx, req.AccessToken);
  const { user } = me;
  const name = str(req, 'AttributeName');
  if (!VERIFIABLE.includes(name)) throw invalidParameter(`Cannot verify ${name}`);
  consumeCode(me, { purpose: `VERIFY_${name}`, code: str(req, 'Code') });
  user.attributes[`${name}_verified`] = 'true';
  user.modifiedAt = ctx.now();
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
