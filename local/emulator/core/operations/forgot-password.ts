import { consumeCode, recoveryAttribute, sendCode } from '../codes.ts';
import type { Operation } from '../context.ts';
import {
  codeMismatch,
  invalidParameter,
  notAuthorized,
  usernameClientNotFound,
} from '../errors.ts';
import { str } from '../input.ts';
import { findUser, getClient, preventsExistenceErrors } from '../lookup.ts';
import { assertPasswordPolicy } from '../password-policy.ts';
import { assertNotRecentPassword, setPassword } from '../users.ts';
import { fakeDelivery } from './sign-up.ts';

const RESET_CODE_TTL = 3600;

export const forgotPassword: Operation = (ctx, req) => {
  const call = getClient(ctx, str(req, 'ClientId'));
  const name = str(req, 'Username');
  const user = findUser(call.pool, name);
  if (!user) {
    if (!preventsExistenceErrors(call.client)) throw usernameClientNotFound();
    return { CodeDeliveryDetails: fakeDelivery(name) };
  }
  if (!user.enabled) throw notAuthorized('User is disabled.');
  const attribute =
    recoveryAttribute(user) ?? (user.status === 'RESET_REQUIRED' ? 'email' : undefined);
  if (!attribute || !user.attributes[attribute]) {
    throw invalidParameter(
      'Cannot reset password for the user as there is no registered/verified email or phone_number',
    );
  }
  return {
    CodeDeliveryDetails: sendCode(
      { ...call, user },
      { purpose: 'FORGOT_PASSWORD', attribute, ttlSeconds: RESET_CODE_TTL },
    ),
  };
};

export const confirmForgotPassword: Operation = (ctx, req) => {
  const call = getClient(ctx, str(req, 'ClientId'));
  const { pool } = call;
  const user = findUser(pool, str(req, 'Username'));
  if (!user) {
    if (!preventsExistenceErrors(call.client)) throw usernameClientNotFound();
    throw codeMismatch('Invalid verification code provided, please try again.');
  }
  const password = str(req, 'Password');
  assertPasswordPolicy(pool.config.Policies.PasswordPolicy, password);
  const resetting = { ...call, user };
  // Checked before the code is spent, so the user can retry with another password.
  assertNotRecentPassword(resetting, password);
  consumeCode(resetting, { purpose: 'FORGOT_PASSWORD', code: str(req, 'ConfirmationCode') });
  setPassword(resetting, { password });
  if (user.status === 'RESET_REQUIRED' || user.status === 'FORCE_CHANGE_PASSWORD')
    user.status = 'CONFIRMED';
  user.failedAttempts = 0;
  user.lockedUntil = 0;
  user.modifiedAt = ctx.now();
  return {};
};
