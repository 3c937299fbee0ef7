import type { Emulator } from '../core/emulator.ts';
import { CognitoError } from '../core/errors.ts';
import { authenticate } from '../core/tokens.ts';
import type { PlainRequest, PlainResponse } from '../http/handle-request.ts';
import { json } from './responses.ts';

// Which attributes each OIDC scope releases, per Cognito's userInfo documentation.
const BY_SCOPE: Record<string, (name: string) => boolean> = {
  email: (name) => name === 'email' || name === 'email_verified',
  phone: (name) => name === 'phone_number' || name === 'phone_number_verified',
  profile: (name) =>
    !['email', 'email_verified', 'phone_number', 'phone_number_verified'].includes(name),
};

/**
 * GET /oauth2/userInfo: the attributes an access token's scopes allow. Only hosted-domain
 * tokens with `openid` qualify; API-issued tokens carry no OIDC scope and are refused.
 */
export async function userInfo(emulator: Emulator, req: PlainRequest): Promise<PlainResponse> {
  const bearer = /^Bearer\s+(\S+)$/i.exec(req.headers.get('authorization') ?? '')?.[1];
  if (!bearer) {
    return json(
      req,
      400,
      { error: 'invalid_request' },
      { 'www-authenticate': 'Bearer error="invalid_request"' },
    );
  }
  try {
    const { user, claims } = await emulator.update((ctx) => authenticate(ctx, bearer, 'openid'));
    const scopes = String(claims.scope).split(' ');
    const picked = Object.keys(BY_SCOPE).filter((s) => scopes.includes(s));
    // openid alone releases everything the client may read.
    const released = (name: string) =>
      picked.length === 0 || picked.some((s) => BY_SCOPE[s]?.(name));
    const attributes = Object.fromEntries(
      Object.entries(user.attributes).filter(([name]) => name === 'sub' || released(name)),
    );
    return json(req, 200, { ...attributes, username: user.username });
  } catch (error) {
    if (!(error instanceof CognitoError)) throw error;
    const description =
      'Access token is expired, disabled, or deleted, or the user has globally signed out.';
    return json(
      req,
      401,
      { error: 'invalid_token', error_description: description },
      { 'www-authenticate': `Bearer error="invalid_token", error_description="${description}"` },
    );
  }
}
