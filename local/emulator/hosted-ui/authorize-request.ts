import type { ClientConfig, EmulatorState, PoolState } from '../core/types.ts';
import type { PlainResponse } from '../http/handle-request.ts';
import { redirect, withParams } from './responses.ts';

/** The authorize parameters that travel from /oauth2/authorize through the IdP page and back. */
export const AUTHORIZE_PARAMS = [
  'client_id',
  'redirect_uri',
  'response_type',
  'scope',
  'state',
  'code_challenge',
  'code_challenge_method',
  'identity_provider',
  'nonce',
] as const;

export interface AuthorizeRequest {
  pool: PoolState;
  client: ClientConfig;
  redirectUri: string;
  scopes: string[];
  state?: string;
  codeChallenge?: string;
  nonce?: string;
  /** Absent when the app did not name one; the caller then offers a choice. */
  provider?: string;
  /** The validated parameters, to carry to the next page. */
  params: Record<string, string>;
}

const OIDC_SCOPES = new Set(['email', 'phone', 'profile']);
// RFC 7636: 43 to 128 characters of the unreserved set (a base64url SHA-256 is 43).
const CODE_CHALLENGE = /^[A-Za-z0-9\-._~]{43,128}$/;

export const findClient = (state: EmulatorState, clientId: string) => {
  for (const pool of Object.values(state.pools)) {
    const client = pool.clients[clientId];
    if (client) return { pool, client };
  }
  return undefined;
};

/** Cognito's hosted error page, reached by redirect as Cognito does it. */
const errorPage = (error: string, clientId?: string, description?: string) =>
  redirect(
    `/error?${new URLSearchParams({ error, ...(clientId && { client_id: clientId }), ...(description && { error_description: description }) })}`,
  );

/**
 * Checks an authorize request in Cognito's order. Until client and redirect_uri are known
 * good, errors go to the hosted error page; after that, back to the app (RFC 6749 4.1.2.1).
 */
export function readAuthorizeRequest(
  state: EmulatorState,
  query: URLSearchParams,
): AuthorizeRequest | PlainResponse {
  const get = (name: string) => query.get(name) || undefined;
  const clientId = get('client_id');
  const found = clientId ? findClient(state, clientId) : undefined;
  if (!clientId || !found) return errorPage('invalid_request', clientId, 'Client does not exist.');
  const { pool, client } = found;
  const redirectUri = get('redirect_uri');
  if (!redirectUri || !(client.CallbackURLs ?? []).includes(redirectUri)) {
    return errorPage('redirect_mismatch', clientId);
  }
  const stateParam = get('state');
  const back = (error: string, description: string) =>
    redirect(withParams(redirectUri, { error_description: description, error, state: stateParam }));
  if (
    !client.AllowedOAuthFlowsUserPoolClient ||
    !(client.AllowedOAuthFlows ?? []).includes('code')
  ) {
    return back('unauthorized_client', 'Client is not enabled for the authorization code grant.');
  }
  if (get('response_type') !== 'code') {
    return back(
      'unsupported_response_type',
      'The local hosted domain supports response_type=code only.',
    );
  }
  const codeChallenge = get('code_challenge');
  if (codeChallenge !== undefined) {
    if (get('code_challenge_method') !== 'S256') {
      return back('invalid_request', 'code_challenge_method must be S256.');
    }
    if (!CODE_CHALLENGE.test(codeChallenge))
      return back('invalid_request', 'Invalid code_challenge.');
  }
  const allowed = client.AllowedOAuthScopes ?? [];
  const requested = (get('scope') ?? '').split(' ').filter(Boolean);
  const scopes = requested.length ? [...new Set(requested)] : [...allowed];
  if (scopes.some((s) => !allowed.includes(s)))
    return back('invalid_scope', 'Invalid scope requested.');
  if (scopes.some((s) => OIDC_SCOPES.has(s)) && !scopes.includes('openid')) {
    return back('invalid_scope', 'The email, phone and profile scopes need the openid scope.');
  }
  const provider = get('identity_provider');
  if (provider !== undefined && !(client.SupportedIdentityProviders ?? []).includes(provider)) {
    return back(
      'unauthorized_client',
      `Identity provider ${provider} is not enabled for this client.`,
    );
  }
  const params: Record<string, string> = {};
  for (const name of AUTHORIZE_PARAMS) {
    const value = get(name);
    if (value !== undefined) params[name] = value;
  }
  return {
    pool,
    client,
    redirectUri,
    scopes,
    ...(stateParam !== undefined && { state: stateParam }),
    ...(codeChallenge !== undefined && { codeChallenge }),
    ...(get('nonce') !== undefined && { nonce: get('nonce') }),
    ...(provider !== undefined && { provider }),
    params,
  };
}

export const isResponse = (value: AuthorizeRequest | PlainResponse): value is PlainResponse =>
  'status' in value;
