import { useMutation } from '@tanstack/react-query';
import type { ApiClient } from '../../../../lib/api/api-client';
import { useApiClient } from '../../../../lib/api/api-client-context';
import { accountDataKey } from './account-data-key';

/** DELETE /api/me: the caller's API record and notes. Idempotent, so safe to send again. */
export const deleteApiData = (client: ApiClient): Promise<void> =>
  client.request('/api/me', { method: 'DELETE' });

export function useDeleteApiData() {
  const client = useApiClient();
  return useMutation({
    mutationKey: [...accountDataKey, 'delete-api-data'],
    mutationFn: () => deleteApiData(client),
  });
}
