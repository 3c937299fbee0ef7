import { useQueryClient } from '@tanstack/react-query';
import { useRef, useState } from 'react';
import { QueryState } from '../../../components/query-state';
import { RetryAlert } from '../../../components/retry-alert';
import { SectionCard } from '../../../components/section-card';
import { Text } from '../../../components/ui';
import type { StorageConfig } from '../../../lib/config/types';
import { filesQueryKey } from '../../../lib/storage-files/files-settings';
import { useFiles } from '../../../lib/storage-files/list-files';
import { describeFilesError } from '../utils/describe-files-error';
import { FileList } from './file-list';
import { FileUpload } from './file-upload';
import './files.css';

/** Upload, list, download and delete the files in the user's private folder. */
export function FilesPanel({ storage }: { storage: StorageConfig }) {
  const queryClient = useQueryClient();
  const files = useFiles(storage);
  const [removed, setRemoved] = useState<string | null>(null);
  // The deleted file's row, and the focus in it, are gone: the list takes the focus instead.
  const listArea = useRef<HTMLDivElement>(null);
  const refresh = () => void queryClient.invalidateQueries({ queryKey: filesQueryKey });
  return (
    <>
      <SectionCard title="Upload">
        <FileUpload
          storage={storage}
          onUploaded={() => {
            setRemoved(null);
            refresh();
          }}
        />
      </SectionCard>
      <SectionCard title="Your files">
        <div role="status">
          {removed && <Text className="files-wrap">Deleted “{removed}”.</Text>}
        </div>
        <QueryState
          query={files}
          loading="Loading your files…"
          failed={({ error, onRetry, isRetrying }) => (
            <RetryAlert
              heading="Your files could not be listed"
              message={describeFilesError(error)}
              onRetry={onRetry}
              isRetrying={isRetrying}
            />
          )}
        >
          {(list) => (
            <div ref={listArea} tabIndex={-1}>
              <FileList
                storage={storage}
                files={list}
                onRemoved={(file) => {
                  setRemoved(file.name);
                  listArea.current?.focus();
                }}
              />
            </div>
          )}
        </QueryState>
      </SectionCard>
    </>
  );
}
