import { createHash, randomBytes } from 'node:crypto';
import type { CreateUserPoolClientCommandInput } from '@aws-sdk/client-cognito-identity-provider';
import { startTestPool, type TestPool } from './stack.ts';

export const APP = 'http://localhost:5173';
export const CALLBACK = `${APP}/auth/callback`;
export const SIGNED_OUT = `${APP}/sign-in?reason=signed-out`;
export const SCOPES = ['openid', 'email', 'profile', 'aws.cognito.signin.user.admin'];

/** An app client set up for the hosted domain as the local stack seeds it. */
export function startHostedUiPool(client: Partial<CreateUserPoolClientCommandInput> = {}) {
  return startTestPool(
    {},
    {
      AllowedOAuthFlowsUserPoolClient: true,
      AllowedOAuthFlows: ['code'],
      AllowedOAuthScopes: SCOPES,
      SupportedIdentityProviders: ['COGNITO', 'Google'],
      CallbackURLs: [CALLBACK],
      LogoutURLs: [SIGNED_OUT],
      ...client,
    },
  );
}

/** A PKCE pair as Amplify makes one: a random verifier and its base64url SHA-256. */
export function pkce() {
  const verifier = randomBytes(64).toString('base64url');
  return { verifier, challenge: createHash('sha256').update(verifier).digest('base64url') };
}

/** The authorize query Amplify sends for `signInWithRedirect({ provider })`. */
export function authorizeParams(
  t: TestPool,
  challenge: string,
  extra: Record<string, string> = {},
) {
  return {
    redirect_uri: CALLBACK,
    response_type: 'code',
    client_id: t.clientId,
    identity_provider: 'Google',
    scope: SCOPES.join(' '),
    state: 'state-123',
    code_challenge: challenge,
    code_challenge_method: 'S256',
    ...extra,
  };
}

export const get = (t: TestPool, path: string, headers: Record<string, string> = {}) =>
  fetch(`${t.server.url}${path}`, { redirect: 'manual', headers });

export const location = (response: Response) =>
  new URL(response.headers.get('location') ?? '', 'http://x');

/** The hidden fields a server-rendered form carries, unescaped. */
export function hiddenFields(html: string): Record<string, string> {
  const fields: Record<string, string> = {};
  for (const [, name, value] of html.matchAll(
    /<input type="hidden" name="([^"]*)" value="([^"]*)">/g,
  )) {
    fields[unescapeHtml(name ?? '')] = unescapeHtml(value ?? '');
  }
  return fields;
}

const unescapeHtml = (text: string) =>
  text
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');

/**
 * Walks the browser's path: authorize → stand-in provider page → its form → back to the
 * app. Returns the redirect the app receives.
 */
export async function signInAtProvider(
  t: TestPool,
  params: Record<string, string>,
  person: { email?: string; name?: string; action?: string } = {},
): Promise<URL> {
  const authorize = await get(t, `/oauth2/authorize?${new URLSearchParams(params)}`);
  if (authorize.status !== 302) throw new Error(`authorize answered ${authorize.status}`);
  const idp = await get(t, authorize.headers.get('location') ?? '');
  const html = await idp.text();
  if (idp.status !== 200) throw new Error(`provider page answered ${idp.status}: ${html}`);
  const form = new URLSearchParams({
    ...hiddenFields(html),
    email: person.email ?? 'federated.user@example.com',
    name: person.name ?? 'Federated User',
    action: person.action ?? 'allow',
  });
  const back = await fetch(`${t.server.url}/oauth2/idpresponse`, {
    method: 'POST',
    redirect: 'manual',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: form,
  });
  if (back.status !== 302)
    throw new Error(`idpresponse answered ${back.status}: ${await back.text()}`);
  return new URL(back.headers.get('location') ?? '');
}

/** POST /oauth2/token as Amplify does it (form-encoded, public client, from the app's origin). */
export async function tokenRequest(
  t: TestPool,
  body: Record<string, string>,
  headers: Record<string, string> = {},
) {
  const response = await fetch(`${t.server.url}/oauth2/token`, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded', origin: APP, ...headers },
    body: new URLSearchParams(body),
  });
  return {
    status: response.status,
    headers: response.headers,
    body: (await response.json()) as Record<string, unknown>,
  };
}

/** A full sign-in through the hosted domain: the token endpoint's answer for a fresh code. */
export async function federatedTokens(
  t: TestPool,
  email = 'federated.user@example.com',
  scope = SCOPES.join(' '),
) {
  const { verifier, challenge } = pkce();
  const back = await signInAtProvider(t, authorizeParams(t, challenge, { scope }), { email });
  const code = back.searchParams.get('code') ?? '';
  const { body } = await tokenRequest(t, {
    grant_type: 'authorization_code',
    code,
    client_id: t.clientId,
    redirect_uri: CALLBACK,
    code_verifier: verifier,
  });
  return body as {
    id_token?: string;
    access_token: string;
    refresh_token: string;
    expires_in: number;
  };
}

export const claimsOf = (jwt: string | undefined) =>
  JSON.parse(Buffer.from((jwt ?? '').split('.')[1] ?? '', 'base64url').toString('utf8')) as Record<
    string,
    unknown
  >;
