import { queryOptions, useQuery } from '@tanstack/react-query';
import type { ApiClient } from '../../../lib/api/api-client';
import { type ApiUser, readApiUser } from '../../../lib/api/api-user';
import { retryApiQuery } from '../../../lib/api/retry-policy';
import { useApiClient } from '../../../lib/api/use-api-client';
import { expectArray, expectRecord, parser } from '../../../lib/api/validate';

export const adminUsersQueryKey = ['api', 'admin', 'users'] as const;

const parseUsers = parser((value): ApiUser[] => {
  const body = expectRecord(value, 'body');
  return expectArray(body.users, 'users', readApiUser);
});

/** GET /api/admin/users: every user the API has seen. Admin group only; others get 403. */
export const listAdminUsers = (client: ApiClient, signal?: AbortSignal): Promise<ApiUser[]> =>
  client.request('/api/admin/users', { parse: parseUsers, signal });

export const listAdminUsersQueryOptions = (client: ApiClient) =>
  queryOptions({
    queryKey: adminUsersQueryKey,
    queryFn: ({ signal }) => listAdminUsers(client, signal),
    retry: retryApiQuery,
  });

export const useAdminUsers = () => useQuery(listAdminUsersQueryOptions(useApiClient()));
