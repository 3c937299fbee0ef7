import { fetchAuthSession } from 'aws-amplify/auth';

/**
 * The current access token as a string, or null when nobody is signed in. Amplify refreshes
 * it first when it is due; `forceRefresh` asks for a new one anyway (after an API 401).
 * Refreshes go through the cross-tab lock, so callers may call this as often as they like.
 * Throws only for passing failures (network, throttling): the session is kept for a retry.
 */
export async function getAccessToken(options?: { forceRefresh?: boolean }): Promise<string | null> {
  const { tokens } = await fetchAuthSession({ forceRefresh: options?.forceRefresh ?? false });
  return tokens?.accessToken.toString() ?? null;
}
