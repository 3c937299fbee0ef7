import { useQueryClient } from '@tanstack/react-query';
import { useRef, useState } from 'react';
import { QueryState } from '../../../components/query-state';
import { RetryAlert } from '../../../components/retry-alert';
import { SectionCard } from '../../../components/section-card';
import { Text } from '../../../components/ui';
import type { StorageConfig } from '../../../lib/config/types';
import { useI18n } from '../../../lib/i18n/use-i18n';
import { filesQueryKey } from '../../../lib/storage-files/files-settings';
import { useFiles } from '../../../lib/storage-files/list-files';
import { filesMessages } from '../files-messages';
import { describeFilesError } from '../utils/describe-files-error';
import { FileList } from './file-list';
import { FileUpload } from './file-upload';
import './files.css';

/** Upload, list, download and delete the files in the user's private folder. */
export function FilesPanel({ storage }: { storage: StorageConfig }) {
  const queryClient = useQueryClient();
  const { t } = useI18n(filesMessages);
  const files = useFiles(storage);
  const [removed, setRemoved] = useState<string | null>(null);
  // The deleted file's row, and the focus in it, are gone: the list takes the focus instead.
  const listArea = useRef<HTMLDivElement>(null);
  const refresh = () => void queryClient.invalidateQueries({ queryKey: filesQueryKey });
  return (
    <>
      <SectionCard title={t('files.upload')}>
        <FileUpload
          storage={storage}
          onUploaded={() => {
            setRemoved(null);
            refresh();
          }}
        />
      </SectionCard>
      <SectionCard title={t('files.yourFiles')}>
        <div role="status">
          {removed && <Text className="files-wrap">{t('files.deleted', { name: removed })}</Text>}
        </div>
        <QueryState
          query={files}
          loading={t('files.loading')}
          failed={({ error, onRetry, isRetrying }) => (
            <RetryAlert
              heading={t('files.listFailed')}
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
