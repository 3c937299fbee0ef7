import { consumeCode, sendCode } from '../codes.ts';
import type { ClientCtx, Operation, Req, UserCtx } from '../context.ts';
import {
  CognitoError,
  codeMismatch,
  invalidParameter,
  notAuthorized,
  usernameClientNotFound,
} from '../errors.ts';
import { uuid } from '../ids.ts';
import { attributeList, optStr, str } from '../input.ts';
import { findUser, getClient, maskDestination, preventsExistenceErrors } from '../lookup.ts';
import { assertPasswordPolicy } from '../password-policy.ts';
import { openSession } from '../sessions.ts';
import type { PoolState, UserState } from '../types.ts';
import {
  assertRequiredAttributes,
  assertUniqueIdentity,
  createUser,
  setPassword,
} from '../users.ts';

const SIGN_UP_CODE_TTL = 24 * 3600;

/** Which attribute a sign-up code goes to: the pool's auto-verified email, else phone. */
function verificationAttribute(pool: PoolState, user: UserState): string | undefined {
  return pool.config.AutoVerifiedAttributes.find((a) => user.attributes[a]);
}

function sendSignUpCode(at: UserCtx) {
  const attribute = verificationAttribute(at.pool, at.user);
  return attribute
    ? sendCode(at, { purpose: 'SIGN_UP', attribute, ttlSeconds: SIGN_UP_CODE_TTL })
    : undefined;
}

export const signUp: Operation = (ctx, req) => {
  const call = getClient(ctx, str(req, 'ClientId'));
  const { pool } = call;
  // Cognito lets users sign up without a password when the pool offers an OTP first factor.
  const passwordless = pool.config.Policies.SignInPolicy.AllowedFirstAuthFactors.some((f) =>
    f.endsWith('_OTP'),
  );
  const password = passwordless && !optStr(req, 'Password') ? undefined : str(req, 'Password');
  const attributes = attributeList(req, 'UserAttributes');
  const user = createUser(call, {
    givenName: str(req, 'Username'),
    attributes,
    status: 'UNCONFIRMED',
  });
  // First: an email/phone username pool answers "An account with the given email already exists."
  assertUniqueIdentity(pool, user);
  if (findUser(pool, str(req, 'Username')) || pool.users[user.username]) {
    throw new CognitoError('UsernameExistsException', 'User already exists');
  }
  assertRequiredAttributes(pool, user.attributes);
  const signedUp = { ...call, user };
  if (password !== undefined) {
    assertPasswordPolicy(pool.config.Policies.PasswordPolicy, password);
    setPassword(signedUp, { password });
  }
  pool.users[user.username] = user;
  const delivery = sendSignUpCode(signedUp);
  const session = openSession(call, { username: user.username, expects: 'CONFIRM_SIGN_UP' });
  return {
    UserConfirmed: false,
    UserSub: user.sub,
    ...(delivery ? { CodeDeliveryDetails: delivery } : {}),
    Session: session.id,
  };
};

function confirmedUser(call: ClientCtx, req: Req): UserState {
  const user = findUser(call.pool, str(req, 'Username'));
  if (!user) {
    if (preventsExistenceErrors(call.client)) {
      throw codeMismatch('Invalid verification code provided, please try again.');
    }
    throw usernameClientNotFound();
  }
  if (user.status !== 'UNCONFIRMED') {
    throw notAuthorized(`User cannot be confirmed. Current status is ${user.status}`);
  }
  const code = consumeCode(
    { ...call, user },
    { purpose: 'SIGN_UP', code: str(req, 'ConfirmationCode') },
  );
  user.status = 'CONFIRMED';
  if (code.attribute) user.attributes[`${code.attribute}_verified`] = 'true';
  user.modifiedAt = call.now();
  return user;
}

export const confirmSignUp: Operation = (ctx, req) => {
  const call = getClient(ctx, str(req, 'ClientId'));
  const user = confirmedUser(call, req);
  // The Session lets a USER_AUTH client sign straight in (Amplify's autoSignIn).
  const session = openSession(call, { username: user.username, expects: 'AUTO_SIGN_IN' });
  return { Session: session.id };
};

export const resendConfirmationCode: Operation = (ctx, req) => {
  const call = getClient(ctx, str(req, 'ClientId'));
  const name = str(req, 'Username');
  const user = findUser(call.pool, name);
  if (!user) {
    if (!preventsExistenceErrors(call.client)) throw usernameClientNotFound();
    return { CodeDeliveryDetails: fakeDelivery(name) };
  }
  if (user.status !== 'UNCONFIRMED') throw invalidParameter('User is already confirmed.');
  const delivery = sendSignUpCode({ ...call, user });
  if (!delivery) {
    throw invalidParameter('Auto verification not turned on.');
  }
  return { CodeDeliveryDetails: delivery };
};

/** What Cognito answers for an unknown user when it must not reveal that. */
export function fakeDelivery(name: string) {
  const email = name.includes('@');
  return {
    Destination: maskDestination(email ? name : `${uuid()}@example.com`),
    DeliveryMedium: 'EMAIL',
    AttributeName: 'email',
  };
}
