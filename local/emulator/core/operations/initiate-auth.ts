import { afterPassword, assertNotLocked, mfaOrTokens, recordWrongPassword } from '../auth-flow.ts';
import { type AuthResponse, challenge } from '../challenge.ts';
import type { ClientCtx, Operation, Req } from '../context.ts';
import {
  CognitoError,
  INCORRECT_CREDENTIALS,
  invalidParameter,
  notAuthorized,
  userNotFound,
} from '../errors.ts';
import { availableChallenges, passwordlessChallenge } from '../first-factor.ts';
import { isOneOf, obj, optStr, str } from '../input.ts';
import { assertFlowAllowed, findUser, getClient, preventsExistenceErrors } from '../lookup.ts';
import { closeSession, findSession } from '../sessions.ts';
import { passwordVerifierChallenge, phantomUser } from '../srp-challenge.ts';
import type { FirstFactor, UserState } from '../types.ts';
import { passwordMatches } from '../users.ts';
import { refreshTokenAuthWithRotation, refreshTokens, rotatesRefreshTokens } from './refresh.ts';

/** The user named in a sign-in, or none when PreventUserExistenceErrors must hide that there is none. */
function signInUser(call: ClientCtx, name: string): UserState | undefined {
  const user = findUser(call.pool, name);
  if (user) {
    if (user.status === 'RESET_REQUIRED') {
      throw new CognitoError(
        'PasswordResetRequiredException',
        'Password reset required for the user',
      );
    }
    return user;
  }
  if (!preventsExistenceErrors(call.client)) throw userNotFound();
  return undefined;
}

/**
 * Checks a plain password and moves on; shared by USER_PASSWORD_AUTH, USER_AUTH and
 * SELECT_CHALLENGE, whose parameters all carry PASSWORD and maybe DEVICE_KEY.
 */
export function passwordSignIn(
  call: ClientCtx,
  user: UserState | undefined,
  params: Req,
): AuthResponse {
  const password = str(params, 'PASSWORD');
  const deviceKey = optStr(params, 'DEVICE_KEY');
  if (!user) throw notAuthorized(INCORRECT_CREDENTIALS);
  const signIn = { ...call, user };
  assertNotLocked(signIn);
  if (!passwordMatches(call.pool, user, password)) throw recordWrongPassword(signIn);
  // An unknown key from a password client is just a new device.
  const known = deviceKey && user.devices[deviceKey] ? deviceKey : undefined;
  return afterPassword(signIn, { deviceKey: known });
}

async function userAuth(call: ClientCtx, req: Req, params: Req): Promise<AuthResponse> {
  const { pool, client } = call;
  const name = str(params, 'USERNAME');
  const sessionId = optStr(req, 'Session');
  if (sessionId) {
    // Sign-in straight after ConfirmSignUp (Amplify's autoSignIn).
    const session = findSession(call, {
      clientId: client.ClientId,
      id: sessionId,
      expects: 'AUTO_SIGN_IN',
    });
    const user = pool.users[session.username];
    if (!user || findUser(pool, name) !== user)
      throw notAuthorized('Invalid session for the user.');
    closeSession(pool, session);
    return mfaOrTokens({ ...call, user }, {});
  }
  const user = signInUser(call, name);
  const available: FirstFactor[] = user
    ? availableChallenges(pool, user)
    : ['PASSWORD', 'PASSWORD_SRP'];
  const preferred = optStr(params, 'PREFERRED_CHALLENGE');
  const target = { ...call, user: user ?? phantomUser(name) };
  if (isOneOf(available, preferred)) {
    if (preferred === 'PASSWORD') return passwordSignIn(call, user, params);
    if (preferred === 'PASSWORD_SRP') return passwordVerifierChallenge(target, params);
    if (user) return passwordlessChallenge(target, preferred);
  }
  const response = challenge(target, { name: 'SELECT_CHALLENGE', data: { available } });
  return { ...response, AvailableChallenges: available };
}

export const initiateAuth: Operation = async (ctx, req) => {
  const call = getClient(ctx, str(req, 'ClientId'));
  const { client } = call;
  const flow = str(req, 'AuthFlow');
  const params = obj(req, 'AuthParameters');
  switch (flow) {
    case 'USER_SRP_AUTH': {
      assertFlowAllowed(client, 'USER_SRP_AUTH');
      const name = str(params, 'USERNAME');
      const user = signInUser(call, name) ?? phantomUser(name);
      return passwordVerifierChallenge({ ...call, user }, params);
    }
    case 'USER_PASSWORD_AUTH':
      assertFlowAllowed(client, 'USER_PASSWORD_AUTH');
      return passwordSignIn(call, signInUser(call, str(params, 'USERNAME')), params);
    case 'USER_AUTH':
      assertFlowAllowed(client, 'USER_AUTH');
      return userAuth(call, req, params);
    case 'REFRESH_TOKEN_AUTH':
    case 'REFRESH_TOKEN':
      // Refused with rotation on, whether or not the client lists ALLOW_REFRESH_TOKEN_AUTH
      // (a rotating client normally does not, so this comes before the flow check).
      if (rotatesRefreshTokens(client)) throw refreshTokenAuthWithRotation();
      assertFlowAllowed(client, 'REFRESH_TOKEN_AUTH');
      return {
        ChallengeParameters: {},
        AuthenticationResult: refreshTokens(
          call,
          str(params, 'REFRESH_TOKEN'),
          optStr(params, 'DEVICE_KEY'),
        ),
      };
    default:
      throw invalidParameter(`Unsupported AuthFlow ${flow}`);
  }
};
