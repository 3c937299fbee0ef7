import {
  type AuthResponse,
  afterPassword,
  assertNotLocked,
  challenge,
  mfaOrTokens,
  recordWrongPassword,
} from '../auth-flow.ts';
import type { Ctx, Operation, Req } from '../context.ts';
import {
  CognitoError,
  INCORRECT_CREDENTIALS,
  invalidParameter,
  notAuthorized,
  userNotFound,
} from '../errors.ts';
import { availableChallenges, passwordlessChallenge } from '../first-factor.ts';
import { obj, optStr, str } from '../input.ts';
import { assertFlowAllowed, findUser, getClient, preventsExistenceErrors } from '../lookup.ts';
import { closeSession, findSession } from '../sessions.ts';
import { passwordVerifierChallenge, phantomUser } from '../srp-challenge.ts';
import type { ClientConfig, PoolState, UserState } from '../types.ts';
import { passwordMatches } from '../users.ts';
import { refreshTokenAuthWithRotation, refreshTokens, rotatesRefreshTokens } from './refresh.ts';

/** The user named in a sign-in, or a phantom when PreventUserExistenceErrors must hide that there is none. */
function signInUser(pool: PoolState, client: ClientConfig, name: string): UserState | undefined {
  const user = findUser(pool, name);
  if (user) {
    if (user.status === 'RESET_REQUIRED') {
      throw new CognitoError(
        'PasswordResetRequiredException',
        'Password reset required for the user',
      );
    }
    return user;
  }
  if (!preventsExistenceErrors(client)) throw userNotFound();
  return undefined;
}

/** Checks a plain password and moves on; shared by USER_PASSWORD_AUTH, USER_AUTH and SELECT_CHALLENGE. */
export function passwordSignIn(
  ctx: Ctx,
  pool: PoolState,
  client: ClientConfig,
  user: UserState | undefined,
  password: string,
  deviceKey: string | undefined,
): AuthResponse {
  if (!user) throw notAuthorized(INCORRECT_CREDENTIALS);
  assertNotLocked(ctx, user);
  if (!passwordMatches(pool, user, password)) throw recordWrongPassword(ctx, user);
  // An unknown key from a password client is just a new device.
  const known = deviceKey && user.devices[deviceKey] ? deviceKey : undefined;
  return afterPassword(ctx, pool, client, user, { deviceKey: known });
}

function srpStart(
  ctx: Ctx,
  pool: PoolState,
  client: ClientConfig,
  name: string,
  params: Req,
): AuthResponse {
  const user = signInUser(pool, client, name);
  const deviceKey = optStr(params, 'DEVICE_KEY');
  return passwordVerifierChallenge(
    ctx,
    pool,
    client,
    user ?? phantomUser(name),
    str(params, 'SRP_A'),
    {
      deviceKey,
    },
  );
}

async function userAuth(ctx: Ctx, pool: PoolState, client: ClientConfig, req: Req, params: Req) {
  const name = str(params, 'USERNAME');
  const sessionId = optStr(req, 'Session');
  if (sessionId) {
    // Sign-in straight after ConfirmSignUp (Amplify's autoSignIn).
    const session = findSession(ctx, pool, client.ClientId, sessionId, 'AUTO_SIGN_IN');
    const user = pool.users[session.username];
    if (!user || findUser(pool, name) !== user)
      throw notAuthorized('Invalid session for the user.');
    closeSession(pool, session);
    return mfaOrTokens(ctx, pool, client, user, {});
  }
  const user = signInUser(pool, client, name);
  const available = user ? availableChallenges(pool, user) : ['PASSWORD', 'PASSWORD_SRP'];
  const preferred = optStr(params, 'PREFERRED_CHALLENGE');
  if (preferred && available.includes(preferred)) {
    if (preferred === 'PASSWORD') {
      return passwordSignIn(
        ctx,
        pool,
        client,
        user,
        str(params, 'PASSWORD'),
        optStr(params, 'DEVICE_KEY'),
      );
    }
    if (preferred === 'PASSWORD_SRP') return srpStart(ctx, pool, client, name, params);
    if (user) return passwordlessChallenge(ctx, pool, client, user, preferred as 'EMAIL_OTP');
  }
  const target = user ?? phantomUser(name);
  const response = challenge(ctx, pool, client, target, 'SELECT_CHALLENGE', {}, { available });
  return { ...response, AvailableChallenges: available };
}

export const initiateAuth: Operation = async (ctx, req) => {
  const { pool, client } = getClient(ctx, str(req, 'ClientId'));
  const flow = str(req, 'AuthFlow');
  const params = obj(req, 'AuthParameters');
  switch (flow) {
    case 'USER_SRP_AUTH':
      assertFlowAllowed(client, 'USER_SRP_AUTH');
      return srpStart(ctx, pool, client, str(params, 'USERNAME'), params);
    case 'USER_PASSWORD_AUTH': {
      assertFlowAllowed(client, 'USER_PASSWORD_AUTH');
      const name = str(params, 'USERNAME');
      const user = signInUser(pool, client, name);
      return passwordSignIn(
        ctx,
        pool,
        client,
        user,
        str(params, 'PASSWORD'),
        optStr(params, 'DEVICE_KEY'),
      );
    }
    case 'USER_AUTH':
      assertFlowAllowed(client, 'USER_AUTH');
      return userAuth(ctx, pool, client, req, params);
    case 'REFRESH_TOKEN_AUTH':
    case 'REFRESH_TOKEN':
      // Refused with rotation on, whether or not the client lists ALLOW_REFRESH_TOKEN_AUTH
      // (a rotating client normally does not, so this comes before the flow check).
      if (rotatesRefreshTokens(client)) throw refreshTokenAuthWithRotation();
      assertFlowAllowed(client, 'REFRESH_TOKEN_AUTH');
      return {
        ChallengeParameters: {},
        AuthenticationResult: refreshTokens(
          ctx,
          pool,
          client,
          str(params, 'REFRESH_TOKEN'),
          optStr(params, 'DEVICE_KEY'),
        ),
      };
    default:
      throw invalidParameter(`Unsupported AuthFlow ${flow}`);
  }
};
