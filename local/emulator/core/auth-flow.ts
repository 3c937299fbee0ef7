import { type AuthResponse, challenge, codeChallenge, type FlowState } from './challenge.ts';
import type { SignInCtx, UserCtx } from './context.ts';
import { CognitoError, notAuthorized, resourceNotFound } from './errors.ts';
import { alnum, uuid } from './ids.ts';
import { issueSignInTokens } from './tokens.ts';
import type { MfaName, PoolState, UserState } from './types.ts';

/** Account states that stop a sign-in once the user has proved who they are. */
export function assertCanSignIn(at: UserCtx): void {
  const { user } = at;
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
    if (at.now() - user.password.setAt > days * 86_400_000) {
      throw notAuthorized('Temporary password has expired and must be reset by an administrator.');
    }
  }
}

const LOCK_MESSAGE = 'Password attempts exceeded';

export function assertNotLocked(at: UserCtx): void {
  if (at.user.lockedUntil > at.now()) throw notAuthorized(LOCK_MESSAGE);
}

/** Counts a wrong password; the threshold-th one locks the account for a while. */
export function recordWrongPassword(at: UserCtx): CognitoError {
  const { user, options } = at;
  user.failedAttempts += 1;
  const threshold = options.lockoutThreshold ?? 5;
  if (user.failedAttempts >= threshold) {
    user.failedAttempts = 0;
    user.lockedUntil = at.now() + (options.lockoutSeconds ?? 900) * 1000;
    return notAuthorized(LOCK_MESSAGE);
  }
  return notAuthorized('Incorrect username or password.');
}

/** After the password (or SRP proof) is right: forced new password, device, MFA, tokens. */
export function afterPassword(signIn: SignInCtx, flow: FlowState): AuthResponse {
  const { pool, user } = signIn;
  user.failedAttempts = 0;
  assertCanSignIn(signIn);
  if (user.status === 'FORCE_CHANGE_PASSWORD') {
    const { sub: _sub, ...visible } = user.attributes;
    const required = pool.config.SchemaAttributes.filter(
      (a) => a.Required && !user.attributes[a.Name] && a.Name !== 'sub',
    ).map((a) => `userAttributes.${a.Name}`);
    return challenge(signIn, {
      name: 'NEW_PASSWORD_REQUIRED',
      params: {
        USER_ID_FOR_SRP: user.username,
        requiredAttributes: JSON.stringify(required),
        userAttributes: JSON.stringify(visible),
      },
      flow,
    });
  }
  return afterNewPassword(signIn, flow);
}

export function afterNewPassword(signIn: SignInCtx, flow: FlowState): AuthResponse {
  return mfaOrTokens(signIn, flow);
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

export function mfaOrTokens(signIn: SignInCtx, flow: FlowState): AuthResponse {
  const { pool, user } = signIn;
  if (
    pool.config.MfaConfiguration === 'OFF' ||
    flow.trustedDevice ||
    flow.passwordless ||
    pendingDevice(user, flow)?.remembered
  ) {
    return finish(signIn, flow);
  }
  const mfas = enabledMfas(pool, user);
  if (mfas.length === 0) {
    if (pool.config.MfaConfiguration !== 'ON') return finish(signIn, flow);
    return challenge(signIn, {
      name: 'MFA_SETUP',
      params: { MFAS_CAN_SETUP: JSON.stringify(setupableMfas(pool)) },
      flow,
    });
  }
  const chosen =
    user.mfa.preferred && mfas.includes(user.mfa.preferred) ? user.mfa.preferred : undefined;
  if (!chosen && mfas.length > 1) {
    return challenge(signIn, {
      name: 'SELECT_MFA_TYPE',
      params: { MFAS_CAN_CHOOSE: JSON.stringify(mfas) },
      flow,
      data: { choices: JSON.stringify(mfas) },
    });
  }
  return mfaChallenge(signIn, chosen ?? (mfas[0] as MfaName), flow);
}

/** Sends the code (for SMS and email) and opens the challenge for one MFA kind. */
export function mfaChallenge(signIn: SignInCtx, mfa: MfaName, flow: FlowState): AuthResponse {
  if (mfa === 'SOFTWARE_TOKEN_MFA') return challenge(signIn, { name: mfa, flow });
  return codeChallenge(signIn, { name: mfa, purpose: `MFA_${mfa}`, flow });
}

/** The end of every successful sign-in. New devices get a key to confirm. */
export function finish(signIn: SignInCtx, flow: FlowState): AuthResponse {
  const { pool, user } = signIn;
  if (pendingDevice(user, flow)) return challenge(signIn, { name: 'DEVICE_SRP_AUTH', flow });
  const knownDevice = flow.deviceKey ? user.devices[flow.deviceKey] : undefined;
  if (knownDevice) {
    knownDevice.lastAuthenticatedAt = signIn.now();
    if (signIn.sourceIp) knownDevice.lastIp = signIn.sourceIp;
  }
  const result: Record<string, unknown> = {
    ...issueSignInTokens(signIn, { deviceKey: knownDevice?.key }),
  };
  if (pool.config.DeviceConfiguration && !knownDevice) {
    const key = `${pool.region}_${uuid()}`;
    const groupKey = `-${alnum(9)}`;
    user.devices[key] = {
      key,
      groupKey,
      confirmed: false,
      remembered: false,
      createdAt: signIn.now(),
      modifiedAt: signIn.now(),
      lastAuthenticatedAt: signIn.now(),
      ...(signIn.sourceIp && { lastIp: signIn.sourceIp }),
    };
    result.NewDeviceMetadata = { DeviceKey: key, DeviceGroupKey: groupKey };
  }
  return { ChallengeParameters: {}, AuthenticationResult: result };
}
