import { useState } from 'react';
import { ConfirmPanel } from '../../../components/confirm-panel';
import { Alert, Button, Flex, Text } from '../../../components/ui';
import type { StorageConfig } from '../../../lib/config/types';
import { formatDateTime } from '../../../lib/i18n/format';
import { useI18n } from '../../../lib/i18n/use-i18n';
import type { StoredFile } from '../../../lib/storage-files/files-settings';
import { getFileUrl, startDownload } from '../../../lib/storage-files/get-file-url';
import { useRemoveFile } from '../../../lib/storage-files/remove-file';
import { filesMessages } from '../files-messages';
import {
  describeFilesError,
  filesErrorMessage,
  filesErrorName,
} from '../utils/describe-files-error';
import { formatFileSize } from '../utils/format-file-size';

interface FileListProps {
  readonly storage: StorageConfig;
  readonly files: readonly StoredFile[];
  /** Said politely after a delete, by the page's status region. */
  readonly onRemoved: (file: StoredFile) => void;
}

/** The user's files: name, size and date, each with Download and Delete (asked first). */
export function FileList({ storage, files, onRemoved }: FileListProps) {
  const { t } = useI18n(filesMessages);
  if (files.length === 0) {
    return <Text>{t('files.empty')}</Text>;
  }
  return (
    <ul className="files-list" aria-label={t('files.yourFiles')}>
      {files.map((file) => (
        <FileRow key={file.path} storage={storage} file={file} onRemoved={onRemoved} />
      ))}
    </ul>
  );
}

function FileRow({
  storage,
  file,
  onRemoved,
}: {
  storage: StorageConfig;
  file: StoredFile;
  onRemoved: (file: StoredFile) => void;
}) {
  const { t } = useI18n(filesMessages);
  const [confirming, setConfirming] = useState(false);
  const [downloading, setDownloading] = useState(false);
  // The error's name, worded at render so a switch of language re-words it.
  const [error, setError] = useState<string | null>(null);
  const remove = useRemoveFile(storage, onRemoved);

  const download = async () => {
    setError(null);
    setDownloading(true);
    try {
      startDownload(await getFileUrl(storage, file));
    } catch (failure) {
      setError(filesErrorName(failure));
    } finally {
      setDownloading(false);
    }
  };

  return (
    <li>
      <div>
        <p className="files-name">{file.name}</p>
        <Text as="span" fontSize="small" className="files-meta">
          {formatFileSize(file.size)}
          {file.lastModified && (
            <>
              {' · '}
              <time dateTime={file.lastModified.toISOString()}>
                {formatDateTime(file.lastModified)}
              </time>
            </>
          )}
        </Text>
      </div>
      {confirming ? (
        <ConfirmPanel
          question={t('files.deleteQuestion', { name: file.name })}
          confirmLabel={t('files.deleteFile')}
          pendingLabel={t('files.deleting')}
          isPending={remove.isPending}
          error={remove.error ? describeFilesError(remove.error) : undefined}
          errorHeading={t('files.deleteFailed')}
          onConfirm={() => remove.mutate(file)}
          onCancel={() => {
            remove.reset();
            setConfirming(false);
          }}
        />
      ) : (
        <Flex gap="small" wrap="wrap">
          {/* The visible word starts the name (WCAG label in name); the rest says which file. */}
          <Button
            size="small"
            aria-label={t('files.downloadNamed', { name: file.name })}
            onClick={() => void download()}
            isLoading={downloading}
            loadingText={t('files.preparing')}
          >
            {t('files.download')}
          </Button>
          <Button
            size="small"
            variation="destructive"
            aria-label={t('files.deleteNamed', { name: file.name })}
            onClick={() => setConfirming(true)}
          >
            {t('files.delete')}
          </Button>
        </Flex>
      )}
      {error && (
        <Alert variation="error" heading={t('files.downloadFailed')}>
          {filesErrorMessage(error)}
        </Alert>
      )}
    </li>
  );
}
