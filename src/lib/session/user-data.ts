import type { QueryClient } from '@tanstack/react-query';
import { forgetSession } from '../auth/get-current-session';

/**
 * Drops cached answers outside ['auth', …] (API records, account settings): they belong to
 * one user. 'inactive' spares what the page on screen still shows; it goes with the page.
 */
export function dropUserData(queryClient: QueryClient, type: 'all' | 'inactive' = 'all'): void {
  queryClient.removeQueries({ type, predicate: (query) => query.queryKey[0] !== 'auth' });
}

/** Makes the cache say "signed out" and drops everything the user who is gone left in it. */
export function forgetUserData(queryClient: QueryClient): void {
  forgetSession(queryClient);
  dropUserData(queryClient);
}
