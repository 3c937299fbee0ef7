import type { QueryClient } from '@tanstack/react-query';
import { userAttributesQueryKey } from './fetch-user-attributes';
import { sessionQueryKey } from './get-current-session';
import { claimsQueryKey } from './get-id-token-claims';
import { refreshTokens } from './refresh-tokens';

/**
 * After an attribute changed in Cognito: new tokens now, so the ID token (the header, /profile,
 * the verify banner) says what Cognito holds, then every read of it again. A refresh that fails
 * does not undo the change: the session layer retries it, and the reads still catch up.
 */
export async function catchUpWithAttributes(queryClient: QueryClient): Promise<void> {
  await refreshTokens().catch(() => undefined);
  await Promise.all(
    [userAttributesQueryKey, sessionQueryKey, claimsQueryKey].map((queryKey) =>
      queryClient.invalidateQueries({ queryKey }),
    ),
  );
}
