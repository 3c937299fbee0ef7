import { queryOptions, useQuery } from '@tanstack/react-query';
import type { ApiClient } from '../../../lib/api/api-client';
import { useApiClient } from '../../../lib/api/api-client-context';
import { apiQueryOptions } from '../../../lib/api/api-query-options';
import { type ApiUser, readApiUser } from '../../../lib/api/api-user';
import { expectArray, expectRecord, parser } from '../../../lib/api/validate';

export const adminUsersQueryKey = ['api', 'admin', 'users'] as const;

const parseUsers = parser((value): ApiUser[] => {
  const body = expectRecord(value, 'body');
  return expectArray(body.users, 'users', readApiUser);
});

/** GET /api/admin/users: every user the API has seen. Admin group only; others get 403. */
export const listAdminUsers = (client: ApiClient): Promise<ApiUser[]> =>
  client.request('/api/admin/users', { parse: parseUsers });

export const listAdminUsersQueryOptions = (client: ApiClient) =>
  queryOptions({
    queryKey: adminUsersQueryKey,
    queryFn: () => listAdminUsers(client),
    ...apiQueryOptions,
    // Anyone may open /admin; the API's refusal is the answer for non-admins, not a fault.
    meta: { expectedErrors: ['ForbiddenError'] },
  });

export const useAdminUsers = () => useQuery(listAdminUsersQueryOptions(useApiClient()));
