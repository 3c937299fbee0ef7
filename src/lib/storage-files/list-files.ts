import { queryOptions, useQuery } from '@tanstack/react-query';
import { list } from 'aws-amplify/storage';
import type { StorageConfig } from '../config/types';
import { endpointOptions, filesQueryKey, privateFolder, type StoredFile } from './files-settings';

/** Every file in the user's private folder, newest first. */
export async function listFiles(storage: StorageConfig): Promise<StoredFile[]> {
  const { items } = await list({
    path: privateFolder,
    options: { listAll: true, ...endpointOptions(storage) },
  });
  return items
    .map((item) => ({
      path: item.path,
      name: item.path.slice(item.path.indexOf('/', 'private/'.length) + 1),
      size: item.size ?? 0,
      lastModified: item.lastModified ?? null,
    }))
    .filter((file) => file.name !== '')
    .sort((a, b) => (b.lastModified?.getTime() ?? 0) - (a.lastModified?.getTime() ?? 0));
}

export const listFilesQueryOptions = (storage: StorageConfig) =>
  queryOptions({ queryKey: filesQueryKey, queryFn: () => listFiles(storage) });

export const useFiles = (storage: StorageConfig) => useQuery(listFilesQueryOptions(storage));
