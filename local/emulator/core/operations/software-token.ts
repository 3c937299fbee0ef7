import type { Ctx, Operation, PoolCtx, Req, UserCtx } from '../context.ts';
import { CognitoError, invalidParameter } from '../errors.ts';
import { obj, optStr, str } from '../input.ts';
import { getClient, userFromReq } from '../lookup.ts';
import { closeSession, findSession, openSession } from '../sessions.ts';
import { authenticate } from '../tokens.ts';
import { matchTotp, newTotpSecret } from '../totp.ts';
import type { ChallengeSession, MfaName, PoolState, UserState } from '../types.ts';

/**
 * During sign-in (MFA_SETUP) these calls carry a Session instead of an access token; each
 * answers with the next Session. Cognito's wire names the client only through the session.
 */
function subject(ctx: Ctx, req: Req): UserCtx & { session?: ChallengeSession } {
  const sessionId = optStr(req, 'Session');
  if (!sessionId) return authenticate(ctx, req.AccessToken);
  for (const pool of Object.values(ctx.state.pools)) {
    const found = pool.sessions[sessionId];
    if (found) {
      const at = { ...ctx, pool };
      const session = findSession(at, {
        clientId: found.clientId,
        id: sessionId,
        expects: 'MFA_SETUP',
      });
      const user = pool.users[session.username];
      if (user) return { ...at, user, session };
    }
  }
  throw new CognitoError('NotAuthorizedException', 'Invalid session for the user.');
}

function nextSession(at: PoolCtx, s: ChallengeSession, extra: Record<string, unknown>) {
  closeSession(at.pool, s);
  return openSession(getClient(at, s.clientId), {
    username: s.username,
    expects: 'MFA_SETUP',
    data: { ...s.data, ...extra },
  }).id;
}

export const associateSoftwareToken: Operation = (ctx, req) => {
  const me = subject(ctx, req);
  const { pool, user, session } = me;
  if (!pool.config.SoftwareTokenMfaEnabled) {
    throw invalidParameter('Software token MFA is not enabled for this user pool.');
  }
  const SecretCode = newTotpSecret();
  user.mfa.pendingTotpSecret = SecretCode;
  return { SecretCode, ...(session ? { Session: nextSession(me, session, {}) } : {}) };
};

export const verifySoftwareToken: Operation = (ctx, req) => {
  const me = subject(ctx, req);
  const { user, session } = me;
  const pending = user.mfa.pendingTotpSecret;
  const step = pending ? matchTotp(pending, str(req, 'UserCode'), ctx.now()) : undefined;
  if (!pending || step === undefined) {
    throw new CognitoError(
      'EnableSoftwareTokenMFAException',
      'Code mismatch and fail enable Software Token MFA mfa',
    );
  }
  user.mfa.totpSecret = pending;
  user.mfa.lastTotpStep = step;
  delete user.mfa.pendingTotpSecret;
  user.modifiedAt = ctx.now();
  if (!session) return { Status: 'SUCCESS' };
  // Setting TOTP up during sign-in enables it, as Cognito does.
  enable(user, 'SOFTWARE_TOKEN_MFA', true, !user.mfa.preferred);
  return { Status: 'SUCCESS', Session: nextSession(me, session, { totpVerified: true }) };
};

function enable(
  user: UserState,
  mfa: MfaName,
  enabled: boolean,
  preferred: boolean | undefined,
): void {
  user.mfa.enabled = user.mfa.enabled.filter((m) => m !== mfa);
  if (enabled) user.mfa.enabled.push(mfa);
  if (preferred) user.mfa.preferred = mfa;
  else if (user.mfa.preferred === mfa && (preferred === false || !enabled))
    delete user.mfa.preferred;
}

/** SetUserMFAPreference and its admin twin: each setting is `{Enabled, PreferredMfa}`. */
function applyPreferences(pool: PoolState, user: UserState, req: Req): void {
  const settings: [string, MfaName][] = [
    ['SoftwareTokenMfaSettings', 'SOFTWARE_TOKEN_MFA'],
    ['SMSMfaSettings', 'SMS_MFA'],
    ['EmailMfaSettings', 'EMAIL_OTP'],
  ];
  for (const [key, mfa] of settings) {
    if (req[key] === undefined || req[key] === null) continue;
    const s = obj(req, key);
    const enabled = s.Enabled === true;
    if (enabled && mfa === 'SOFTWARE_TOKEN_MFA' && !user.mfa.totpSecret) {
      throw invalidParameter('User has not verified software token mfa');
    }
    if (
      enabled &&
      mfa === 'EMAIL_OTP' &&
      (!pool.config.EmailMfaEnabled || !user.attributes.email)
    ) {
      throw invalidParameter('Email MFA cannot be enabled for this user.');
    }
    // An unverified phone is accepted, as on Cognito (amplify-js#11259); the first SMS_MFA
    // sign-in verifies it.
    if (enabled && mfa === 'SMS_MFA' && !user.attributes.phone_number) {
      throw invalidParameter('User does not have a phone_number set to turn on SMS MFA');
    }
    enable(user, mfa, enabled, typeof s.PreferredMfa === 'boolean' ? s.PreferredMfa : undefined);
  }
}

export const setUserMfaPreference: Operation = (ctx, req) => {
  const { pool, user } = authenticate(ctx, req.AccessToken);
  applyPreferences(pool, user, req);
  user.modifiedAt = ctx.now();
  return {};
};

export const adminSetUserMfaPreference: Operation = (ctx, req) => {
  const { pool, user } = userFromReq(ctx, req);
  applyPreferences(pool, user, req);
  user.modifiedAt = ctx.now();
  return {};
};
