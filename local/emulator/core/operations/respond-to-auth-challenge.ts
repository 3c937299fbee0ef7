import {
  type AuthResponse,
  afterNewPassword,
  afterPassword,
  assertCanSignIn,
  assertKnownDevice,
  assertNotLocked,
  challenge,
  type FlowState,
  finish,
  mfaChallenge,
  recordWrongPassword,
} from '../auth-flow.ts';
import { consumeCode } from '../codes.ts';
import type { Ctx, Operation, Req } from '../context.ts';
import {
  CognitoError,
  codeMismatch,
  INCORRECT_CREDENTIALS,
  invalidParameter,
  notAuthorized,
} from '../errors.ts';
import { passwordlessChallenge } from '../first-factor.ts';
import { obj, optStr, str } from '../input.ts';
import { getClient } from '../lookup.ts';
import { verifyPasskey } from '../passkey-sign-in.ts';
import { assertPasswordPolicy } from '../password-policy.ts';
import { closeSession, failAttempt, findSession } from '../sessions.ts';
import { startSrp, verifyPasswordClaim } from '../srp.ts';
import { passwordVerifierChallenge } from '../srp-challenge.ts';
import { matchTotp } from '../totp.ts';
import type { ChallengeSession, ClientConfig, MfaName, PoolState, UserState } from '../types.ts';
import { checkAttributes, setPassword, srpPoolName } from '../users.ts';
import { passwordSignIn } from './initiate-auth.ts';

interface Step {
  ctx: Ctx;
  pool: PoolState;
  client: ClientConfig;
  session: ChallengeSession;
  user: UserState;
  answers: Req;
  flow: FlowState;
}

const WRONG_CODE = 'Invalid code or auth state for the user.';

/** A wrong one-time code keeps the session for a retry (up to a limit), as Cognito does. */
function checkCode(step: Step, purpose: string, code: string): void {
  try {
    consumeCode(step.ctx, step.user, purpose, code, WRONG_CODE);
  } catch (error) {
    if (error instanceof CognitoError && error.name === 'CodeMismatchException') {
      failAttempt(step.pool, step.session);
    } else {
      closeSession(step.pool, step.session);
    }
    throw error;
  }
}

function passwordVerifier(step: Step): AuthResponse {
  const { ctx, pool, user, answers, session } = step;
  assertNotLocked(ctx, user);
  const ok =
    !!user.password &&
    verifyPasswordClaim({
      poolName: srpPoolName(pool),
      userIdForSrp: user.username,
      aHex: String(session.data.aHex),
      BHex: String(session.data.BHex),
      bHex: String(session.data.bHex),
      verifierHex: user.password.verifierHex,
      secretBlockB64: str(answers, 'PASSWORD_CLAIM_SECRET_BLOCK'),
      timestamp: str(answers, 'TIMESTAMP'),
      signatureB64: str(answers, 'PASSWORD_CLAIM_SIGNATURE'),
    });
  if (!ok) {
    closeSession(pool, session);
    throw recordWrongPassword(ctx, user);
  }
  const deviceKey = optStr(answers, 'DEVICE_KEY') ?? step.flow.deviceKey;
  // Thrown before the session closes: Amplify forgets the device and retries this same answer.
  assertKnownDevice(user, deviceKey);
  closeSession(pool, session);
  return afterPassword(ctx, pool, step.client, user, { ...step.flow, deviceKey });
}

function newPasswordRequired(step: Step): AuthResponse {
  const { ctx, pool, user, answers } = step;
  const password = str(answers, 'NEW_PASSWORD');
  assertPasswordPolicy(pool.config.Policies.PasswordPolicy, password);
  const updates: Record<string, string> = {};
  for (const [key, value] of Object.entries(answers)) {
    if (key.startsWith('userAttributes.') && typeof value === 'string')
      updates[key.slice(15)] = value;
  }
  checkAttributes(pool, updates);
  const merged = { ...user.attributes, ...updates };
  const missing = pool.config.SchemaAttributes.filter(
    (a) => a.Required && a.Name !== 'sub' && !merged[a.Name],
  );
  if (missing.length) {
    throw invalidParameter(`Missing required attributes: ${missing.map((a) => a.Name).join(', ')}`);
  }
  closeSession(pool, step.session);
  user.attributes = merged;
  setPassword(pool, user, password, false, ctx.now());
  user.status = 'CONFIRMED';
  user.modifiedAt = ctx.now();
  return afterNewPassword(ctx, pool, step.client, user, step.flow);
}

function deviceSrpAuth(step: Step): AuthResponse {
  const { ctx, pool, user, answers, flow } = step;
  const key = str(answers, 'DEVICE_KEY');
  const device = user.devices[key];
  if (!device?.verifierHex || !device.saltHex || key !== flow.deviceKey) {
    throw new CognitoError('ResourceNotFoundException', 'Device does not exist.');
  }
  let b: { bHex: string; BHex: string };
  try {
    b = startSrp(device.verifierHex, str(answers, 'SRP_A'));
  } catch {
    throw invalidParameter('Invalid SRP_A');
  }
  closeSession(pool, step.session);
  const response = challenge(
    ctx,
    pool,
    step.client,
    user,
    'DEVICE_PASSWORD_VERIFIER',
    { SRP_B: b.BHex, SALT: device.saltHex, DEVICE_KEY: key },
    { flow, aHex: str(answers, 'SRP_A'), bHex: b.bHex, BHex: b.BHex },
  );
  (response.ChallengeParameters as Record<string, string>).SECRET_BLOCK = Buffer.from(
    response.Session as string,
  ).toString('base64');
  return response;
}

function devicePasswordVerifier(step: Step): AuthResponse {
  const { ctx, pool, user, answers, session, flow } = step;
  const device = flow.deviceKey ? user.devices[flow.deviceKey] : undefined;
  closeSession(pool, session);
  const ok =
    !!device?.verifierHex &&
    verifyPasswordClaim({
      poolName: device.groupKey,
      userIdForSrp: device.key,
      aHex: String(session.data.aHex),
      BHex: String(session.data.BHex),
      bHex: String(session.data.bHex),
      verifierHex: device.verifierHex,
      secretBlockB64: str(answers, 'PASSWORD_CLAIM_SECRET_BLOCK'),
      timestamp: str(answers, 'TIMESTAMP'),
      signatureB64: str(answers, 'PASSWORD_CLAIM_SIGNATURE'),
    });
  if (!ok || !device) throw notAuthorized(INCORRECT_CREDENTIALS);
  // MFA was answered (or skipped for a remembered device) before the device step.
  return finish(ctx, pool, step.client, user, { ...flow, trustedDevice: true });
}

function softwareTokenMfa(step: Step): AuthResponse {
  const { ctx, pool, user, answers, session } = step;
  const secret = user.mfa.totpSecret;
  const matched = secret
    ? matchTotp(secret, str(answers, 'SOFTWARE_TOKEN_MFA_CODE'), ctx.now())
    : undefined;
  if (matched === undefined || matched <= (user.mfa.lastTotpStep ?? -1)) {
    failAttempt(pool, session);
    throw codeMismatch(WRONG_CODE);
  }
  user.mfa.lastTotpStep = matched;
  closeSession(pool, session);
  return finish(ctx, pool, step.client, user, step.flow);
}

/** SMS_MFA, SMS_OTP and EMAIL_OTP: a code we sent, as MFA, as a first factor, or to set up email MFA. */
function deliveredCode(step: Step, answerKey: string): AuthResponse {
  const { ctx, pool, user, session } = step;
  const purpose = String(session.data.codePurpose ?? `MFA_${session.expects}`);
  checkCode(step, purpose, str(step.answers, answerKey));
  closeSession(pool, session);
  // A passwordless first factor skipped afterPassword's account checks (disabled, unconfirmed).
  if (step.flow.passwordless) assertCanSignIn(ctx, user);
  if (session.data.enableEmailMfa) {
    user.attributes.email_verified = 'true';
    if (!user.mfa.enabled.includes('EMAIL_OTP')) user.mfa.enabled.push('EMAIL_OTP');
    user.mfa.preferred ??= 'EMAIL_OTP';
  }
  return finish(ctx, pool, step.client, user, step.flow);
}

function selectMfaType(step: Step): AuthResponse {
  const answer = str(step.answers, 'ANSWER').replace('EMAIL_MFA', 'EMAIL_OTP');
  const choices = JSON.parse(String(step.session.data.choices ?? '[]')) as string[];
  const offered = choices.length ? choices : ['SOFTWARE_TOKEN_MFA', 'SMS_MFA', 'EMAIL_OTP'];
  if (!offered.includes(answer)) throw invalidParameter(`Invalid ANSWER ${answer}`);
  closeSession(step.pool, step.session);
  return mfaChallenge(step.ctx, step.pool, step.client, step.user, answer as MfaName, step.flow);
}

function mfaSetup(step: Step): AuthResponse {
  const { ctx, pool, user, answers, session } = step;
  const email = optStr(answers, 'EMAIL');
  if (email) {
    if (!pool.config.EmailMfaEnabled)
      throw invalidParameter('Email MFA is not enabled for this user pool.');
    checkAttributes(pool, { email });
    if (user.attributes.email !== email) {
      user.attributes.email = email;
      user.attributes.email_verified = 'false';
    }
    closeSession(pool, session);
    const response = mfaChallenge(ctx, pool, step.client, user, 'EMAIL_OTP', step.flow);
    const next = pool.sessions[response.Session as string];
    if (next) next.data.enableEmailMfa = true;
    return response;
  }
  if (!session.data.totpVerified) {
    throw invalidParameter('Software token has not been verified for this session.');
  }
  closeSession(pool, session);
  return finish(ctx, pool, step.client, user, step.flow);
}

async function selectChallenge(step: Step): Promise<AuthResponse> {
  const { ctx, pool, client, user, answers, session } = step;
  const answer = str(answers, 'ANSWER');
  const available = (session.data.available as string[] | undefined) ?? [];
  if (!available.includes(answer)) throw invalidParameter(`Invalid ANSWER ${answer}`);
  closeSession(pool, session);
  const known = pool.users[user.username];
  if (answer === 'PASSWORD') {
    return passwordSignIn(
      ctx,
      pool,
      client,
      known,
      str(answers, 'PASSWORD'),
      optStr(answers, 'DEVICE_KEY'),
    );
  }
  if (answer === 'PASSWORD_SRP') {
    return passwordVerifierChallenge(ctx, pool, client, user, str(answers, 'SRP_A'), {
      deviceKey: optStr(answers, 'DEVICE_KEY'),
    });
  }
  if (!known) throw notAuthorized(INCORRECT_CREDENTIALS);
  return passwordlessChallenge(ctx, pool, client, known, answer as 'EMAIL_OTP');
}

async function webAuthn(step: Step): Promise<AuthResponse> {
  const { ctx, pool, user, session } = step;
  closeSession(pool, session);
  await verifyPasskey(ctx, pool, user, session.data, str(step.answers, 'CREDENTIAL'));
  return finish(ctx, pool, step.client, user, step.flow);
}

const STEPS: Record<string, (step: Step) => AuthResponse | Promise<AuthResponse>> = {
  PASSWORD_VERIFIER: passwordVerifier,
  NEW_PASSWORD_REQUIRED: newPasswordRequired,
  DEVICE_SRP_AUTH: deviceSrpAuth,
  DEVICE_PASSWORD_VERIFIER: devicePasswordVerifier,
  SOFTWARE_TOKEN_MFA: softwareTokenMfa,
  SMS_MFA: (step) => deliveredCode(step, 'SMS_MFA_CODE'),
  SMS_OTP: (step) => deliveredCode(step, 'SMS_OTP_CODE'),
  EMAIL_OTP: (step) => deliveredCode(step, 'EMAIL_OTP_CODE'),
  SELECT_MFA_TYPE: selectMfaType,
  MFA_SETUP: mfaSetup,
  SELECT_CHALLENGE: selectChallenge,
  WEB_AUTHN: webAuthn,
};

/** The session of an SRP answer can also be found from its SECRET_BLOCK. */
function sessionId(pool: PoolState, name: string, req: Req, answers: Req): string | undefined {
  const given = optStr(req, 'Session');
  if (given && name === 'DEVICE_SRP_AUTH' && !pool.sessions[given]) {
    // amazon-cognito-identity-js answers a DEVICE_SRP_AUTH that followed an MFA code with the
    // MFA step's Session (sendMFACode never stores the new one): that spent session stands for
    // the DEVICE_SRP_AUTH session it led to.
    const successor = Object.values(pool.sessions).find(
      (s) => s.expects === 'DEVICE_SRP_AUTH' && s.data.previousSession === given,
    );
    if (successor) return successor.id;
  }
  if (given) return given;
  const block = optStr(answers, 'PASSWORD_CLAIM_SECRET_BLOCK');
  return name.endsWith('PASSWORD_VERIFIER') && block
    ? Buffer.from(block, 'base64').toString('utf8')
    : undefined;
}

export const respondToAuthChallenge: Operation = async (ctx, req) => {
  const { pool, client } = getClient(ctx, str(req, 'ClientId'));
  const name = str(req, 'ChallengeName');
  const run = STEPS[name];
  if (!run) throw invalidParameter(`Unsupported ChallengeName ${name}`);
  const answers = obj(req, 'ChallengeResponses');
  const id = sessionId(pool, name, req, answers);
  const session = findSession(ctx, pool, client.ClientId, id, name);
  const user = pool.users[session.username];
  if (!user) {
    closeSession(pool, session);
    throw notAuthorized(INCORRECT_CREDENTIALS);
  }
  const flow = (session.data.flow as FlowState | undefined) ?? {};
  const response = await run({ ctx, pool, client, session, user, answers, flow });
  const next =
    response.ChallengeName === 'DEVICE_SRP_AUTH'
      ? pool.sessions[response.Session ?? '']
      : undefined;
  if (next) next.data.previousSession = session.id;
  return response;
};
