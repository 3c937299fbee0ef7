import { useMutation, useQueryClient } from '@tanstack/react-query';
import { remove } from 'aws-amplify/storage';
import type { StorageConfig } from '../config/types';
import { endpointOptions, filesQueryKey, type StoredFile } from './files-settings';

/** Deletes one file from the user's folder; S3 answers the same for a file already gone. */
export async function removeFile(storage: StorageConfig, file: StoredFile): Promise<void> {
  await remove({ path: file.path, options: endpointOptions(storage) });
}

/**
 * Deletes a file, then lists the folder again so the page shows what the bucket holds.
 * `onRemoved` is hook-level: it still runs once the file's row has left the page.
 */
export function useRemoveFile(storage: StorageConfig, onRemoved?: (file: StoredFile) => void) {
  const queryClient = useQueryClient();
  return useMutation<void, Error, StoredFile>({
    mutationKey: [...filesQueryKey, 'remove'],
    mutationFn: (file) => removeFile(storage, file),
    onSuccess: (_data, file) => {
      queryClient.setQueryData<StoredFile[]>(filesQueryKey, (files) =>
        files?.filter((f) => f.path !== file.path),
      );
      onRemoved?.(file);
    },
    onSettled: () => queryClient.invalidateQueries({ queryKey: filesQueryKey }),
  });
}
