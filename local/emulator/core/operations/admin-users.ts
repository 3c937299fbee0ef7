import { applyAttributeUpdates } from '../attribute-updates.ts';
import { deliver, sendCode } from '../codes.ts';
import type { Operation } from '../context.ts';
import { CognitoError, invalidParameter } from '../errors.ts';
import { alnum } from '../ids.ts';
import { attributeList, optBool, optNum, optStr, str, strList } from '../input.ts';
import { findUser, poolFromReq, userFromReq } from '../lookup.ts';
import { assertPasswordPolicy } from '../password-policy.ts';
import { revokeAllFamilies } from '../tokens.ts';
import {
  assertNotRecentPassword,
  assertUniqueIdentity,
  checkAttributes,
  createUser,
  mfaSettings,
  setPassword,
  userType,
} from '../users.ts';

export const adminCreateUser: Operation = (ctx, req) => {
  const pool = poolFromReq(ctx, req);
  const name = str(req, 'Username');
  if (findUser(pool, name))
    throw new CognitoError('UsernameExistsException', 'User account already exists');
  const user = createUser(
    { ...ctx, pool },
    {
      givenName: name,
      attributes: attributeList(req, 'UserAttributes'),
      status: 'FORCE_CHANGE_PASSWORD',
    },
  );
  const invited = { ...ctx, pool, user };
  assertUniqueIdentity(pool, user);
  const temporary = optStr(req, 'TemporaryPassword') ?? `Tmp-${alnum(6)}A1!`;
  assertPasswordPolicy(pool.config.Policies.PasswordPolicy, temporary);
  setPassword(invited, { password: temporary, temporary: true });
  pool.users[user.username] = user;
  if (optStr(req, 'MessageAction') !== 'SUPPRESS') {
    const mediums = strList(req, 'DesiredDeliveryMediums') ?? ['SMS'];
    const attribute = mediums.includes('EMAIL') ? 'email' : 'phone_number';
    if (user.attributes[attribute]) {
      deliver(invited, { attribute, purpose: 'INVITATION', code: temporary });
    }
  }
  return { User: userType(user) };
};

export const adminGetUser: Operation = (ctx, req) => {
  const { user } = userFromReq(ctx, req);
  return { ...userType(user, 'UserAttributes'), ...mfaSettings(user) };
};

export const adminSetUserPassword: Operation = (ctx, req) => {
  const admin = userFromReq(ctx, req);
  const { pool, user } = admin;
  const password = str(req, 'Password');
  assertPasswordPolicy(pool.config.Policies.PasswordPolicy, password);
  assertNotRecentPassword(admin, password);
  const permanent = optBool(req, 'Permanent') === true;
  setPassword(admin, { password, temporary: !permanent });
  user.status = permanent ? 'CONFIRMED' : 'FORCE_CHANGE_PASSWORD';
  user.failedAttempts = 0;
  user.lockedUntil = 0;
  user.modifiedAt = ctx.now();
  return {};
};

export const adminConfirmSignUp: Operation = (ctx, req) => {
  const { user } = userFromReq(ctx, req);
  if (user.status !== 'UNCONFIRMED') {
    throw new CognitoError(
      'NotAuthorizedException',
      `User cannot be confirmed. Current status is ${user.status}`,
    );
  }
  user.status = 'CONFIRMED';
  delete user.codes.SIGN_UP;
  user.modifiedAt = ctx.now();
  return {};
};

const setEnabled =
  (enabled: boolean): Operation =>
  (ctx, req) => {
    const { pool, user } = userFromReq(ctx, req);
    user.enabled = enabled;
    // Cognito's AdminDisableUser also revokes the user's tokens; re-enabling does not revive them.
    if (!enabled) revokeAllFamilies(pool, user.username);
    user.modifiedAt = ctx.now();
    return {};
  };
export const adminDisableUser = setEnabled(false);
export const adminEnableUser = setEnabled(true);

/** Forces a reset: the password stops working, sign-in answers PasswordResetRequiredException. */
export const adminResetUserPassword: Operation = (ctx, req) => {
  const admin = userFromReq(ctx, req);
  const { pool, user } = admin;
  user.status = 'RESET_REQUIRED';
  revokeAllFamilies(pool, user.username);
  const attribute = user.attributes.email
    ? 'email'
    : user.attributes.phone_number
      ? 'phone_number'
      : undefined;
  if (attribute) {
    sendCode(admin, { purpose: 'FORGOT_PASSWORD', attribute, ttlSeconds: 3600 });
  }
  user.modifiedAt = ctx.now();
  return {};
};

export const adminDeleteUser: Operation = (ctx, req) => {
  const { pool, user } = userFromReq(ctx, req);
  revokeAllFamilies(pool, user.username);
  delete pool.users[user.username];
  return {};
};

export const adminUpdateUserAttributes: Operation = (ctx, req) => {
  const admin = userFromReq(ctx, req);
  const updates = attributeList(req, 'UserAttributes');
  checkAttributes(admin.pool, updates);
  // A changed email or phone is unverified unless the same call marks it verified.
  applyAttributeUpdates(admin, updates, { admin: true });
  return {};
};

/** ListUsers with Cognito's filter syntax: `name = "value"` or `name ^= "prefix"`. */
export const listUsers: Operation = (ctx, req) => {
  const pool = poolFromReq(ctx, req);
  const filter = optStr(req, 'Filter');
  let users = Object.values(pool.users).sort((a, b) => a.createdAt - b.createdAt);
  if (filter) {
    const m = /^\s*([\w:]+)\s*(\^?=)\s*"((?:[^"\\]|\\.)*)"\s*$/.exec(filter);
    if (!m) throw invalidParameter('Invalid filter');
    const [, attr, op, value] = m as unknown as [string, string, string, string];
    const read = (u: (typeof users)[number]) =>
      attr === 'username'
        ? u.username
        : attr === 'status'
          ? u.enabled
            ? 'Enabled'
            : 'Disabled'
          : attr === 'cognito:user_status'
            ? u.status
            : u.attributes[attr];
    users = users.filter((u) => {
      const v = read(u);
      return v !== undefined && (op === '=' ? v === value : v.startsWith(value));
    });
  }
  const limit = Math.min(Math.max(optNum(req, 'Limit') ?? 60, 1), 60);
  const start = Number(optStr(req, 'PaginationToken') ?? 0) || 0;
  return {
    Users: users.slice(start, start + limit).map((u) => userType(u)),
    ...(start + limit < users.length ? { PaginationToken: String(start + limit) } : {}),
  };
};
