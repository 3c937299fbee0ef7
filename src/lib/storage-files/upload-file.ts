import { isCancelError, uploadData } from 'aws-amplify/storage';
import type { StorageConfig } from '../config/types';
import { endpointOptions, privateFolder } from './files-settings';

/** How far an upload has got, in bytes. */
export interface UploadProgress {
  readonly transferred: number;
  readonly total: number;
}

/** A running upload: wait on `done`, or `cancel` it (then `done` rejects, see isUploadCancelled). */
export interface UploadTask {
  readonly done: Promise<void>;
  cancel(): void;
}

/**
 * Uploads `file` into the user's private folder under its own name (replacing a file of that
 * name). Amplify sends large files in parts; `onProgress` hears about every chunk sent.
 */
export function uploadFile(
  storage: StorageConfig,
  file: File,
  onProgress: (progress: UploadProgress) => void,
): UploadTask {
  const task = uploadData({
    path: (identity) => `${privateFolder(identity)}${file.name}`,
    data: file,
    options: {
      contentType: file.type || 'application/octet-stream',
      onProgress: ({ transferredBytes, totalBytes }) =>
        onProgress({ transferred: transferredBytes, total: totalBytes ?? file.size }),
      ...endpointOptions(storage),
    },
  });
  let cancelled = false;
  const done = task.result.then(
    () => undefined,
    (error: unknown) => {
      // However the transport reports the abort (CanceledError, a DOM AbortError), it is ours.
      throw cancelled || isCancelError(error) ? new UploadCancelled() : error;
    },
  );
  return {
    done,
    cancel: () => {
      cancelled = true;
      task.cancel();
    },
  };
}

/** How `done` rejects after cancel(). */
export class UploadCancelled extends Error {
  override name = 'UploadCancelled';
}

/** True when an upload ended because the user cancelled it. */
export const isUploadCancelled = (error: unknown): boolean => error instanceof UploadCancelled;
