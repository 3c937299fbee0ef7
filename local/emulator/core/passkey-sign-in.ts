import type { Ctx } from './context.ts';
import { CognitoError } from './errors.ts';
import type { PoolState, UserState } from './types.ts';

// Implemented with @simplewebauthn/server alongside the WebAuthn registration operations.
export async function passkeyChallenge(
  _ctx: Ctx,
  _pool: PoolState,
  _user: UserState,
): Promise<{ params: Record<string, string>; data: Record<string, unknown> }> {
  throw new CognitoError('InvalidParameterException', 'WEB_AUTHN is not available yet');
}

export async function verifyPasskey(
  _ctx: Ctx,
  _pool: PoolState,
  _user: UserState,
  _data: Record<string, unknown>,
  _credentialJson: string,
): Promise<void> {
  throw new CognitoError('NotAuthorizedException', 'WEB_AUTHN is not available yet');
}
