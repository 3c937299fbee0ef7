import { queryOptions, useQuery } from '@tanstack/react-query';
import type { ApiClient } from '../../../lib/api/api-client';
import { useApiClient } from '../../../lib/api/api-client-context';
import { apiQueryOptions } from '../../../lib/api/api-query-options';
import { type ApiUser, readApiUser } from '../../../lib/api/api-user';
import { expectRecord, parser } from '../../../lib/api/validate';

/** What the API knows about the caller: its own user record. */
export interface Me {
  readonly user: ApiUser;
}

export const meQueryKey = ['api', 'me'] as const;

// The API also echoes the verified claims; the profile reads claims from the token instead.
const parseMe = parser((value): Me => {
  const body = expectRecord(value, 'body');
  return { user: readApiUser(body.user, 'user') };
});

/** GET /api/me. */
export const getMe = (client: ApiClient): Promise<Me> =>
  client.request('/api/me', { parse: parseMe });

export const getMeQueryOptions = (client: ApiClient) =>
  queryOptions({
    queryKey: meQueryKey,
    queryFn: () => getMe(client),
    ...apiQueryOptions,
  });

/** The caller's API user record, with loading and error states for the page to show. */
export const useMe = () => useQuery(getMeQueryOptions(useApiClient()));
