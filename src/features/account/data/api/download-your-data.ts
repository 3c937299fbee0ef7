import { useMutation } from '@tanstack/react-query';
import { useApiClient } from '../../../../lib/api/api-client-context';
import { saveJsonFile } from '../utils/save-json-file';
import { accountDataKey } from './account-data-key';
import { type CollectOptions, collectYourData, yourDataFileName } from './collect-your-data';

/** Gathers the user's data and saves it as one JSON file; resolves with the file's name. */
export function useDownloadYourData(parts: Omit<CollectOptions, 'now'>) {
  const client = useApiClient();
  return useMutation({
    mutationKey: [...accountDataKey, 'download-your-data'],
    mutationFn: async () => {
      const data = await collectYourData(client, parts);
      const fileName = yourDataFileName(data.exportedAt);
      saveJsonFile(data, fileName);
      return fileName;
    },
  });
}
