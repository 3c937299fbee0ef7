import { sendCode } from './codes.ts';
import type { Ctx } from './context.ts';
import { CognitoError, notAuthorized, resourceNotFound } from './errors.ts';
import { alnum, uuid } from './ids.ts';
import { openSession } from './sessions.ts';
import { issueSignInTokens } from './tokens.ts';
import type { ClientConfig, MfaName, PoolState, UserState } from './types.ts';

export interface AuthResponse {
  ChallengeName?: string;
  ChallengeParameters?: Record<string, string>;
  Session?: string;
  AvailableChallenges?: string[];
  AuthenticationResult?: Record<string, unknown>;
}

export const OTP_TTL_SECONDS = 180;

/** Where the sign-in is, carried from one challenge session to the next. */
export interface FlowState {
  deviceKey?: string;
  /** The device proved itself (DEVICE_PASSWORD_VERIFIER): the sign-in can end. */
  trustedDevice?: boolean;
  /** The first factor was passwordless (OTP or passkey): no MFA on top. */
  passwordless?: boolean;
}

export function challenge(
  ctx: Ctx,
  pool: PoolState,
  client: ClientConfig,
  user: UserState,
  name: string,
  params: Record<string, string>,
  data: Record<string, unknown> = {},
): AuthResponse {
  const session = openSession(ctx, pool, client, user.username, name, data);
  return {
    ChallengeName: name,
    ChallengeParameters: { USERNAME: user.username, ...params },
    Session: session.id,
  };
}

/** Account states that stop a sign-in once the user has proved who they are. */
export function assertCanSignIn(ctx: Ctx, user: UserState): void {
  if (!user.enabled) throw notAuthorized('User is disabled.');
  if (user.status === 'UNCONFIRMED') {
    throw new CognitoError('UserNotConfirmedException', 'User is not confirmed.');
  }
  if (user.status === 'RESET_REQUIRED') {
    throw new CognitoError(
      'PasswordResetRequiredException',
      'Password reset required for the user',
    );
  }
  if (user.status === 'FORCE_CHANGE_PASSWORD' && user.password) {
    const days = 7;
    if (ctx.now() - user.password.setAt > days * 86_400_000) {
      throw notAuthorized('Temporary password has expired and must be reset by an administrator.');
    }
  }
}

const LOCK_MESSAGE = 'Password attempts exceeded';

export function assertNotLocked(ctx: Ctx, user: UserState): void {
  if (user.lockedUntil > ctx.now()) throw notAuthorized(LOCK_MESSAGE);
}

/** Counts a wrong password; the threshold-th one locks the account for a while. */
export function recordWrongPassword(ctx: Ctx, user: UserState): CognitoError {
  user.failedAttempts += 1;
  const threshold = ctx.options.lockoutThreshold ?? 5;
  if (user.failedAttempts >= threshold) {
    user.failedAttempts = 0;
    user.lockedUntil = ctx.now() + (ctx.options.lockoutSeconds ?? 900) * 1000;
    return notAuthorized(LOCK_MESSAGE);
  }
  return notAuthorized('Incorrect username or password.');
}

/** After the password (or SRP proof) is right: forced new password, device, MFA, tokens. */
export function afterPassword(
  ctx: Ctx,
  pool: PoolState,
  client: ClientConfig,
  user: UserState,
  flow: FlowState,
): AuthResponse {
  user.failedAttempts = 0;
  assertCanSignIn(ctx, user);
  if (user.status === 'FORCE_CHANGE_PASSWORD') {
    const { sub: _sub, ...visible } = user.attributes;
    const required = pool.config.SchemaAttributes.filter(
      (a) => a.Required && !user.attributes[a.Name] && a.Name !== 'sub',
    ).map((a) => `userAttributes.${a.Name}`);
    return challenge(
      ctx,
      pool,
      client,
      user,
      'NEW_PASSWORD_REQUIRED',
      {
        USER_ID_FOR_SRP: user.username,
        requiredAttributes: JSON.stringify(required),
        userAttributes: JSON.stringify(visible),
      },
      { flow },
    );
  }
  return afterNewPassword(ctx, pool, client, user, flow);
}

export function afterNewPassword(
  ctx: Ctx,
  pool: PoolState,
  client: ClientConfig,
  user: UserState,
  flow: FlowState,
): AuthResponse {
  return mfaOrTokens(ctx, pool, client, user, flow);
}

/**
 * A confirmed device must prove itself (DEVICE_SRP_AUTH) before tokens. As on Cognito this comes
 * after MFA; a remembered device skips MFA and goes straight to it (amazon-cognito-identity-js and
 * Amplify both handle DEVICE_SRP_AUTH as the answer to an MFA code).
 */
function pendingDevice(user: UserState, flow: FlowState) {
  const device = flow.deviceKey ? user.devices[flow.deviceKey] : undefined;
  return device?.confirmed && !flow.trustedDevice ? device : undefined;
}

/** Throws Amplify's "forget this device and retry" error for a key the pool does not know. */
export function assertKnownDevice(user: UserState, deviceKey: string | undefined): void {
  if (deviceKey && !user.devices[deviceKey]) throw resourceNotFound('Device does not exist.');
}

export function enabledMfas(pool: PoolState, user: UserState): MfaName[] {
  return user.mfa.enabled.filter((m) => {
    if (m === 'SOFTWARE_TOKEN_MFA')
      return pool.config.SoftwareTokenMfaEnabled && !!user.mfa.totpSecret;
    if (m === 'EMAIL_OTP') return pool.config.EmailMfaEnabled && !!user.attributes.email;
    return pool.config.SmsMfaEnabled && !!user.attributes.phone_number;
  });
}

export function setupableMfas(pool: PoolState): MfaName[] {
  const out: MfaName[] = [];
  if (pool.config.SoftwareTokenMfaEnabled) out.push('SOFTWARE_TOKEN_MFA');
  if (pool.config.EmailMfaEnabled) out.push('EMAIL_OTP');
  return out;
}

export function mfaOrTokens(
  ctx: Ctx,
  pool: PoolState,
  client: ClientConfig,
  user: UserState,
  flow: FlowState,
): AuthResponse {
  if (
    pool.config.MfaConfiguration === 'OFF' ||
    flow.trustedDevice ||
    flow.passwordless ||
    pendingDevice(user, flow)?.remembered
  ) {
    return finish(ctx, pool, client, user, flow);
  }
  const mfas = enabledMfas(pool, user);
  if (mfas.length === 0) {
    if (pool.config.MfaConfiguration !== 'ON') return finish(ctx, pool, client, user, flow);
    return challenge(
      ctx,
      pool,
      client,
      user,
      'MFA_SETUP',
      { MFAS_CAN_SETUP: JSON.stringify(setupableMfas(pool)) },
      { flow },
    );
  }
  const chosen =
    user.mfa.preferred && mfas.includes(user.mfa.preferred) ? user.mfa.preferred : undefined;
  if (!chosen && mfas.length > 1) {
    return challenge(
      ctx,
      pool,
      client,
      user,
      'SELECT_MFA_TYPE',
      { MFAS_CAN_CHOOSE: JSON.stringify(mfas) },
      { flow, choices: JSON.stringify(mfas) },
    );
  }
  return mfaChallenge(ctx, pool, client, user, chosen ?? (mfas[0] as MfaName), flow);
}

/** Sends the code (for SMS and email) and opens the challenge for one MFA kind. */
export function mfaChallenge(
  ctx: Ctx,
  pool: PoolState,
  client: ClientConfig,
  user: UserState,
  mfa: MfaName,
  flow: FlowState,
): AuthResponse {
  if (mfa === 'SOFTWARE_TOKEN_MFA') {
    return challenge(ctx, pool, client, user, 'SOFTWARE_TOKEN_MFA', {}, { flow });
  }
  const attribute = mfa === 'EMAIL_OTP' ? 'email' : 'phone_number';
  const sent = sendCode(ctx, pool, user, `MFA_${mfa}`, attribute, OTP_TTL_SECONDS);
  return challenge(
    ctx,
    pool,
    client,
    user,
    mfa,
    {
      CODE_DELIVERY_DELIVERY_MEDIUM: sent.DeliveryMedium,
      CODE_DELIVERY_DESTINATION: sent.Destination,
    },
    { flow },
  );
}

/** The end of every successful sign-in. New devices get a key to confirm. */
export function finish(
  ctx: Ctx,
  pool: PoolState,
  client: ClientConfig,
  user: UserState,
  flow: FlowState,
): AuthResponse {
  if (pendingDevice(user, flow)) {
    return challenge(ctx, pool, client, user, 'DEVICE_SRP_AUTH', {}, { flow });
  }
  const knownDevice = flow.deviceKey ? user.devices[flow.deviceKey] : undefined;
  if (knownDevice) knownDevice.lastAuthenticatedAt = ctx.now();
  const result: Record<string, unknown> = {
    ...issueSignInTokens(ctx, pool, client, user, knownDevice?.key),
  };
  if (pool.config.DeviceConfiguration && !knownDevice) {
    const key = `${pool.region}_${uuid()}`;
    const groupKey = `-${alnum(9)}`;
    user.devices[key] = {
      key,
      groupKey,
      confirmed: false,
      remembered: false,
      createdAt: ctx.now(),
      modifiedAt: ctx.now(),
      lastAuthenticatedAt: ctx.now(),
    };
    result.NewDeviceMetadata = { DeviceKey: key, DeviceGroupKey: groupKey };
  }
  return { ChallengeParameters: {}, AuthenticationResult: result };
}
