import { useId, useRef, useState } from 'react';
import { QueryState } from '../../../components/query-state';
import { SectionCard } from '../../../components/section-card';
import { Alert, Flex } from '../../../components/ui';
import { ApiErrorAlert } from '../../../lib/api/api-error-alert';
import { describeApiError } from '../../../lib/api/describe-api-error';
import { useI18n } from '../../../lib/i18n/use-i18n';
import { useDeleteNote } from '../api/delete-note';
import { type NotesPages, useNotes } from '../api/list-notes';
import type { Note } from '../api/note';
import { notesMessages } from '../notes-messages';
import { LoadMoreNotes } from './load-more-notes';
import { NoteForm } from './note-form';
import { excerpt, NoteList } from './note-list';

interface FailedDelete {
  readonly note: Note;
  readonly error: Error;
}

/** Notes: write, list and delete, with every outcome said on screen and to screen readers. */
export function NotesPanel() {
  const notes = useNotes();
  const { t } = useI18n(notesMessages);
  const [status, setStatus] = useState('');
  const [failedDelete, setFailedDelete] = useState<FailedDelete>();
  const listHeading = useRef<HTMLHeadingElement>(null);
  const headingId = useId();
  const remove = useDeleteNote({
    onDeleted: (note) => setStatus(t('notes.deleted', { excerpt: excerpt(note.text) })),
    onFailed: (error, note) => setFailedDelete({ error, note }),
  });

  const list = (data: NotesPages) => (
    <>
      <NoteList notes={data.pages.flatMap((page) => page.notes)} onDelete={handleDelete} />
      <LoadMoreNotes
        notes={notes}
        onLoaded={(count, more) => {
          setStatus(t('notes.moreLoaded', { count }));
          // The button goes with the last page; focus stays near the list.
          if (!more) listHeading.current?.focus();
        }}
      />
    </>
  );

  const handleDelete = (note: Note) => {
    setFailedDelete(undefined);
    setStatus('');
    remove.mutate(note);
    // The button just pressed is gone with its note; keep focus near where it was.
    listHeading.current?.focus();
  };

  return (
    <>
      <SectionCard title={t('notes.write')}>
        <NoteForm
          onSaved={(note) => setStatus(t('notes.saved', { excerpt: excerpt(note.text) }))}
        />
      </SectionCard>
      <Flex as="section" direction="column" gap="small" aria-labelledby={headingId}>
        {/* A plain h2: focus lands here after a delete, and the kit's Heading takes no ref. */}
        <h2
          className="amplify-heading amplify-heading--2"
          id={headingId}
          ref={listHeading}
          tabIndex={-1}
        >
          {t('notes.yourNotes')}
        </h2>
        {failedDelete && (
          <Alert variation="error" heading={t('notes.deleteFailed')}>
            {describeApiError(failedDelete.error)}{' '}
            {t('notes.deleteFailedBack', { excerpt: excerpt(failedDelete.note.text) })}
          </Alert>
        )}
        {/* A failed next page keeps the pages already shown; LoadMoreNotes says what failed. */}
        {notes.isFetchNextPageError && notes.data ? (
          list(notes.data)
        ) : (
          <QueryState
            query={notes}
            loading={t('notes.loading')}
            failed={(failure) => <ApiErrorAlert heading={t('notes.loadFailed')} {...failure} />}
          >
            {list}
          </QueryState>
        )}
      </Flex>
      <p className="amplify-visually-hidden" role="status" aria-atomic="true">
        {status}
      </p>
    </>
  );
}
