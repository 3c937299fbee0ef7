import { retryApiQuery } from './retry-policy';

/**
 * What every API read shares. Its route's loader starts the first fetch, so the page does not
 * fetch again as it mounts (no second request, no second try of one that failed). Their
 * query functions take no abort signal for the same reason: a fetch the loader started must
 * outlive React's trial unmount in StrictMode rather than be aborted and sent again; a reply
 * nobody waits for any more is simply dropped.
 */
export const apiQueryOptions = {
  retry: retryApiQuery,
  refetchOnMount: false,
  retryOnMount: false,
} as const;
