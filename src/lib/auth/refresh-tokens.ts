import { fetchAuthSession } from 'aws-amplify/auth';

/**
 * Refreshes the tokens now, through the cross-tab lock. Resolves false when the session is
 * over (Amplify has then dropped the tokens); throws for passing failures. Either outcome is
 * also announced as an auth event (see listen-to-auth-events).
 */
export async function refreshTokens(): Promise<boolean> {
  const { tokens } = await fetchAuthSession({ forceRefresh: true });
  return Boolean(tokens);
}
