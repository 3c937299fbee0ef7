import {
  afterNewPassword,
  afterPassword,
  assertCanSignIn,
  assertKnownDevice,
  assertNotLocked,
  finish,
  mfaChallenge,
  recordWrongPassword,
} from '../auth-flow.ts';
import type { AuthResponse, FlowState } from '../challenge.ts';
import { consumeCode } from '../codes.ts';
import type { Operation, Req, SignInCtx } from '../context.ts';
import {
  CognitoError,
  codeMismatch,
  INCORRECT_CREDENTIALS,
  invalidParameter,
  notAuthorized,
} from '../errors.ts';
import { passwordlessChallenge } from '../first-factor.ts';
import { isOneOf, obj, optStr, str } from '../input.ts';
import { getClient } from '../lookup.ts';
import { verifyPasskey } from '../passkey-sign-in.ts';
import { assertPasswordPolicy } from '../password-policy.ts';
import { closeSession, failAttempt, findSession } from '../sessions.ts';
import { passwordClaimMatches, passwordVerifierChallenge, srpChallenge } from '../srp-challenge.ts';
import { matchTotp } from '../totp.ts';
import type { ChallengeName, ChallengeSession, FirstFactor, MfaName, PoolState } from '../types.ts';
import { assertNotRecentPassword, checkAttributes, setPassword, srpPoolName } from '../users.ts';
import { passwordSignIn } from './initiate-auth.ts';

/** One RespondToAuthChallenge: its client, user and session, built once for the step that answers. */
interface Step extends SignInCtx {
  session: ChallengeSession;
  answers: Req;
  flow: FlowState;
}

const WRONG_CODE = 'Invalid code or auth state for the user.';

/** A wrong one-time code keeps the session for a retry (up to a limit), as Cognito does. */
function checkCode(step: Step, purpose: string, code: string): void {
  try {
    consumeCode(step, { purpose, code, wrongMessage: WRONG_CODE });
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
  const { pool, user, answers, session } = step;
  assertNotLocked(step);
  const ok =
    !!user.password &&
    passwordClaimMatches(session, answers, {
      poolName: srpPoolName(pool),
      userIdForSrp: user.username,
      verifierHex: user.password.verifierHex,
    });
  if (!ok) {
    closeSession(pool, session);
    throw recordWrongPassword(step);
  }
  const deviceKey = optStr(answers, 'DEVICE_KEY') ?? step.flow.deviceKey;
  // Thrown before the session closes: Amplify forgets the device and retries this same answer.
  assertKnownDevice(user, deviceKey);
  closeSession(pool, session);
  return afterPassword(step, { ...step.flow, deviceKey });
}

function newPasswordRequired(step: Step): AuthResponse {
  const { pool, user, answers } = step;
  const password = str(answers, 'NEW_PASSWORD');
  assertPasswordPolicy(pool.config.Policies.PasswordPolicy, password);
  assertNotRecentPassword(step, password);
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
  setPassword(step, { password });
  user.status = 'CONFIRMED';
  user.modifiedAt = step.now();
  return afterNewPassword(step, step.flow);
}

function deviceSrpAuth(step: Step): AuthResponse {
  const { user, answers, flow } = step;
  const key = str(answers, 'DEVICE_KEY');
  const device = user.devices[key];
  if (!device?.verifierHex || !device.saltHex || key !== flow.deviceKey) {
    throw new CognitoError('ResourceNotFoundException', 'Device does not exist.');
  }
  const response = srpChallenge(step, {
    name: 'DEVICE_PASSWORD_VERIFIER',
    params: { SALT: device.saltHex, DEVICE_KEY: key },
    flow,
    verifierHex: device.verifierHex,
    aHex: str(answers, 'SRP_A'),
  });
  closeSession(step.pool, step.session);
  return response;
}

function devicePasswordVerifier(step: Step): AuthResponse {
  const { user, answers, session, flow } = step;
  const device = flow.deviceKey ? user.devices[flow.deviceKey] : undefined;
  closeSession(step.pool, session);
  const ok =
    !!device?.verifierHex &&
    passwordClaimMatches(session, answers, {
      poolName: device.groupKey,
      userIdForSrp: device.key,
      verifierHex: device.verifierHex,
    });
  if (!ok || !device) throw notAuthorized(INCORRECT_CREDENTIALS);
  // MFA was answered (or skipped for a remembered device) before the device step.
  return finish(step, { ...flow, trustedDevice: true });
}

function softwareTokenMfa(step: Step): AuthResponse {
  const { pool, user, answers, session } = step;
  const secret = user.mfa.totpSecret;
  const matched = secret
    ? matchTotp(secret, str(answers, 'SOFTWARE_TOKEN_MFA_CODE'), step.now())
    : undefined;
  if (matched === undefined || matched <= (user.mfa.lastTotpStep ?? -1)) {
    failAttempt(pool, session);
    throw codeMismatch(WRONG_CODE);
  }
  user.mfa.lastTotpStep = matched;
  closeSession(pool, session);
  return finish(step, step.flow);
}

/** SMS_MFA, SMS_OTP and EMAIL_OTP: a code we sent, as MFA, as a first factor, or to set up email MFA. */
function deliveredCode(step: Step, answerKey: string): AuthResponse {
  const { pool, user, session } = step;
  const purpose = String(session.data.codePurpose ?? `MFA_${session.expects}`);
  checkCode(step, purpose, str(step.answers, answerKey));
  closeSession(pool, session);
  // A passwordless first factor skipped afterPassword's account checks (disabled, unconfirmed).
  if (step.flow.passwordless) assertCanSignIn(step);
  // "When a user successfully goes through the SMS text message MFA flow, their phone number
  // is also marked as verified." (Cognito developer guide, SMS text message MFA)
  if (session.expects === 'SMS_MFA') user.attributes.phone_number_verified = 'true';
  if (session.data.enableEmailMfa) {
    user.attributes.email_verified = 'true';
    if (!user.mfa.enabled.includes('EMAIL_OTP')) user.mfa.enabled.push('EMAIL_OTP');
    user.mfa.preferred ??= 'EMAIL_OTP';
  }
  return finish(step, step.flow);
}

function selectMfaType(step: Step): AuthResponse {
  const answer = str(step.answers, 'ANSWER').replace('EMAIL_MFA', 'EMAIL_OTP');
  const choices = JSON.parse(String(step.session.data.choices ?? '[]')) as MfaName[];
  const offered: MfaName[] = choices.length
    ? choices
    : ['SOFTWARE_TOKEN_MFA', 'SMS_MFA', 'EMAIL_OTP'];
  if (!isOneOf(offered, answer)) throw invalidParameter(`Invalid ANSWER ${answer}`);
  closeSession(step.pool, step.session);
  return mfaChallenge(step, answer, step.flow);
}

function mfaSetup(step: Step): AuthResponse {
  const { pool, user, answers, session } = step;
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
    const response = mfaChallenge(step, 'EMAIL_OTP', step.flow);
    const next = pool.sessions[response.Session as string];
    if (next) next.data.enableEmailMfa = true;
    return response;
  }
  if (!session.data.totpVerified) {
    throw invalidParameter('Software token has not been verified for this session.');
  }
  closeSession(pool, session);
  return finish(step, step.flow);
}

async function selectChallenge(step: Step): Promise<AuthResponse> {
  const { pool, user, answers, session } = step;
  const answer = str(answers, 'ANSWER');
  const available = (session.data.available as FirstFactor[] | undefined) ?? [];
  if (!isOneOf(available, answer)) throw invalidParameter(`Invalid ANSWER ${answer}`);
  closeSession(pool, session);
  const known = pool.users[user.username];
  if (answer === 'PASSWORD') return passwordSignIn(step, known, answers);
  if (answer === 'PASSWORD_SRP') return passwordVerifierChallenge(step, answers);
  if (!known) throw notAuthorized(INCORRECT_CREDENTIALS);
  return passwordlessChallenge({ ...step, user: known }, answer);
}

async function webAuthn(step: Step): Promise<AuthResponse> {
  const { pool, session } = step;
  closeSession(pool, session);
  await verifyPasskey(step, session.data, str(step.answers, 'CREDENTIAL'));
  return finish(step, step.flow);
}

/** What RespondToAuthChallenge answers; a first factor is chosen through SELECT_CHALLENGE instead. */
type Answerable = Exclude<ChallengeName, 'PASSWORD' | 'PASSWORD_SRP'>;

const STEPS: Record<Answerable, (step: Step) => AuthResponse | Promise<AuthResponse>> = {
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

// Own keys only: a name such as `toString` is not a challenge.
const answerable = (name: string): name is Answerable => Object.hasOwn(STEPS, name);

/** The session of an SRP answer can also be found from its SECRET_BLOCK. */
function sessionId(pool: PoolState, name: Answerable, req: Req, answers: Req): string | undefined {
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
  const call = getClient(ctx, str(req, 'ClientId'));
  const { pool, client } = call;
  const name = str(req, 'ChallengeName');
  if (!answerable(name)) throw invalidParameter(`Unsupported ChallengeName ${name}`);
  const answers = obj(req, 'ChallengeResponses');
  const id = sessionId(pool, name, req, answers);
  const session = findSession(call, { clientId: client.ClientId, id, expects: name });
  const user = pool.users[session.username];
  if (!user) {
    closeSession(pool, session);
    throw notAuthorized(INCORRECT_CREDENTIALS);
  }
  const flow = (session.data.flow as FlowState | undefined) ?? {};
  const response = await STEPS[name]({ ...call, session, user, answers, flow });
  const next =
    response.ChallengeName === 'DEVICE_SRP_AUTH'
      ? pool.sessions[response.Session ?? '']
      : undefined;
  if (next) next.data.previousSession = session.id;
  return response;
};
