import type { QueryClient } from '@tanstack/react-query';
import { getSessionQueryOptions } from '../auth/get-current-session';
import { claimsQueryKey } from '../auth/get-id-token-claims';
import { dropUserData } from './user-data';

/**
 * Another tab signed in or out: reads who is signed in now, and drops the previous user's
 * data if they are gone or someone else took their place. True when they signed out.
 */
export async function catchUpWithOtherTab(queryClient: QueryClient): Promise<boolean> {
  const before = queryClient.getQueryData(getSessionQueryOptions().queryKey);
  const after = await queryClient
    .fetchQuery({ ...getSessionQueryOptions(), staleTime: 0 })
    .catch(() => before ?? null);
  if (before && (!after || after.userId !== before.userId)) dropUserData(queryClient);
  await queryClient.invalidateQueries({ queryKey: claimsQueryKey });
  return Boolean(before && !after);
}
