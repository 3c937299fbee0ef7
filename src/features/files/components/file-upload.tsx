import { type DragEvent, useId, useRef, useState } from 'react';
import { Alert, Button, Text, VisuallyHidden } from '../../../components/ui';
import type { StorageConfig } from '../../../lib/config/types';
import { formatNumber } from '../../../lib/i18n/format';
import { rich } from '../../../lib/i18n/rich-text';
import { useI18n } from '../../../lib/i18n/use-i18n';
import {
  isUploadCancelled,
  type UploadProgress,
  type UploadTask,
  uploadFile,
} from '../../../lib/storage-files/upload-file';
import { filesMessages } from '../files-messages';
import { filesErrorMessage, filesErrorName } from '../utils/describe-files-error';
import { formatFileSize } from '../utils/format-file-size';

// Facts, not sentences: worded at render, so a switch of language re-words them.
type Outcome =
  | { readonly kind: 'done' | 'cancelled'; readonly name: string }
  | { readonly kind: 'too-large'; readonly name: string; readonly size: number }
  | { readonly kind: 'failed'; readonly name: string; readonly error: string };

interface Running {
  readonly name: string;
  readonly progress: UploadProgress;
  readonly task: UploadTask;
}

interface FileUploadProps {
  readonly storage: StorageConfig;
  /** Called after each upload that reached the bucket, so the list can be read again. */
  readonly onUploaded: () => void;
}

/** Picks or takes a dropped file, checks its size, uploads it with a progress bar and Cancel. */
export function FileUpload({ storage, onUploaded }: FileUploadProps) {
  const { t } = useI18n(filesMessages);
  const inputId = useId();
  const hintId = useId();
  const progressLabelId = useId();
  const input = useRef<HTMLInputElement>(null);
  const [running, setRunning] = useState<Running | null>(null);
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const [dragging, setDragging] = useState(false);
  const limit = formatFileSize(storage.maxFileBytes);

  const start = (file: File) => {
    setOutcome(null);
    if (file.size > storage.maxFileBytes) {
      setOutcome({ kind: 'too-large', name: file.name, size: file.size });
      return;
    }
    const task = uploadFile(storage, file, (progress) =>
      setRunning((current) => current && { ...current, progress }),
    );
    setRunning({ name: file.name, progress: { transferred: 0, total: file.size }, task });
    task.done
      .then(
        () => {
          setOutcome({ kind: 'done', name: file.name });
          onUploaded();
        },
        (error: unknown) =>
          setOutcome(
            isUploadCancelled(error)
              ? { kind: 'cancelled', name: file.name }
              : { kind: 'failed', name: file.name, error: filesErrorName(error) },
          ),
      )
      .finally(() => {
        setRunning(null);
        // The same file can be chosen again after a failure or cancel.
        if (input.current) input.current.value = '';
        input.current?.focus();
      });
  };

  const onDrop = (event: DragEvent<HTMLDivElement>) => {
    event.preventDefault();
    setDragging(false);
    const file = event.dataTransfer.files[0];
    if (file && !running) start(file);
  };
  const onDragOver = (event: DragEvent<HTMLDivElement>) => {
    event.preventDefault();
    event.dataTransfer.dropEffect = running ? 'none' : 'copy';
    setDragging(true);
  };

  const share = running ? running.progress.transferred / Math.max(running.progress.total, 1) : 0;
  const percent = formatNumber(share, { style: 'percent', maximumFractionDigits: 0 });

  return (
    // A drop target for pointer users; the file picker inside does the same job for everyone.
    // biome-ignore lint/a11y/noStaticElementInteractions: dropping is a shortcut; the picker is the accessible way.
    <div
      className="files-drop-zone"
      data-dragging={dragging}
      onDragOver={onDragOver}
      onDragLeave={() => setDragging(false)}
      onDrop={onDrop}
    >
      <input
        ref={input}
        id={inputId}
        type="file"
        className="files-picker-input"
        aria-describedby={hintId}
        disabled={running !== null}
        onChange={(event) => {
          const file = event.currentTarget.files?.[0];
          if (file) start(file);
        }}
      />
      <label
        htmlFor={inputId}
        className="files-picker-label amplify-button amplify-button--primary"
        aria-disabled={running !== null}
      >
        {t('files.choose')}
      </label>
      <Text id={hintId} fontSize="small">
        {t('files.hint', { limit })}
      </Text>
      {running && (
        <div className="files-progress">
          <Text as="span" id={progressLabelId}>
            {rich(t('files.uploadingNamed', { name: running.name }), [
              (name) => <span className="files-wrap">{name}</span>,
            ])}
          </Text>
          <progress
            aria-labelledby={progressLabelId}
            max={running.progress.total}
            value={running.progress.transferred}
          />
          <Text as="span" fontSize="small" aria-hidden="true">
            {t('files.progress', {
              percent,
              transferred: formatFileSize(running.progress.transferred),
              total: formatFileSize(running.progress.total),
            })}
          </Text>
          <Button size="small" onClick={() => running.task.cancel()}>
            {t('files.cancelUpload')}
          </Button>
        </div>
      )}
      {/* Announced politely: the start, then how it ended (each step of the bar would be noise). */}
      <div role="status" className="files-upload-status">
        {running && (
          <VisuallyHidden>{t('files.uploadingStatus', { name: running.name })}</VisuallyHidden>
        )}
        {outcome?.kind === 'done' && <Text>{t('files.uploaded', { name: outcome.name })}</Text>}
        {outcome?.kind === 'cancelled' && (
          <Text>{t('files.uploadCancelled', { name: outcome.name })}</Text>
        )}
      </div>
      {(outcome?.kind === 'too-large' || outcome?.kind === 'failed') && (
        <Alert
          variation="error"
          heading={t(outcome.kind === 'too-large' ? 'files.tooLarge' : 'files.uploadFailed')}
        >
          <span className="files-wrap">
            {outcome.kind === 'too-large'
              ? t('files.tooLargeDetail', {
                  name: outcome.name,
                  size: formatFileSize(outcome.size),
                  limit,
                })
              : filesErrorMessage(outcome.error)}
          </span>
        </Alert>
      )}
    </div>
  );
}
