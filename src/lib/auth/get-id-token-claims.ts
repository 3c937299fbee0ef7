import { queryOptions } from '@tanstack/react-query';
import { fetchAuthSession } from 'aws-amplify/auth';
import { cognitoUserPoolsTokenProvider } from 'aws-amplify/auth/cognito';

/** A decoded JWT payload: claim name → value, exactly as Cognito issued it. */
export type TokenClaims = Record<string, unknown>;

export const claimsQueryKey = ['auth', 'claims'] as const;

const payload = (token: { payload: object } | undefined): TokenClaims | null =>
  token ? { ...token.payload } : null;

/**
 * The tokens as Amplify has them, refreshed only if due. If that refresh fails for a passing
 * reason (offline, throttled) the stored tokens still describe the user; the session layer
 * retries the refresh meanwhile, so a page of claims never breaks for a network blip.
 */
async function readTokens() {
  try {
    return (await fetchAuthSession()).tokens ?? null;
  } catch (error) {
    const stored = await cognitoUserPoolsTokenProvider.tokenOrchestrator
      .getTokenStore()
      .loadTokens();
    if (stored) return stored;
    throw error;
  }
}

/**
 * The decoded ID-token payload, or null when signed out. Reads Amplify's stored tokens
 * (refreshing only if they are due), so it costs no Cognito call on a fresh session.
 */
export async function getIdTokenClaims(): Promise<TokenClaims | null> {
  return payload((await readTokens())?.idToken);
}

/** Both payloads at once, from one read of the session. */
export async function getTokenClaims(): Promise<{
  idToken: TokenClaims | null;
  accessToken: TokenClaims | null;
}> {
  const tokens = await readTokens();
  return { idToken: payload(tokens?.idToken), accessToken: payload(tokens?.accessToken) };
}

export const getIdTokenClaimsQueryOptions = () =>
  queryOptions({
    queryKey: [...claimsQueryKey, 'id'] as const,
    queryFn: getIdTokenClaims,
    retry: false,
  });

/** Both tokens' claims under ['auth','claims']; invalidated whenever the tokens change. */
export const getClaimsQueryOptions = () =>
  queryOptions({
    queryKey: claimsQueryKey,
    queryFn: getTokenClaims,
    retry: false,
  });
