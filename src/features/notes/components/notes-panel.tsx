import { useId, useRef, useState } from 'react';
import { QueryState } from '../../../components/query-state';
import { SectionCard } from '../../../components/section-card';
import { Alert, Flex } from '../../../components/ui';
import { ApiErrorAlert } from '../../../lib/api/api-error-alert';
import { describeApiError } from '../../../lib/api/describe-api-error';
import { useDeleteNote } from '../api/delete-note';
import { useNotes } from '../api/list-notes';
import type { Note } from '../api/note';
import { NoteForm } from './note-form';
import { excerpt, NoteList } from './note-list';

interface FailedDelete {
  readonly note: Note;
  readonly error: Error;
}

/** Notes: write, list and delete, with every outcome said on screen and to screen readers. */
export function NotesPanel() {
  const notes = useNotes();
  const [status, setStatus] = useState('');
  const [failedDelete, setFailedDelete] = useState<FailedDelete>();
  const listHeading = useRef<HTMLHeadingElement>(null);
  const headingId = useId();
  const remove = useDeleteNote({
    onDeleted: (note) => setStatus(`Note deleted: “${excerpt(note.text)}”.`),
    onFailed: (error, note) => setFailedDelete({ error, note }),
  });

  const handleDelete = (note: Note) => {
    setFailedDelete(undefined);
    setStatus('');
    remove.mutate(note);
    // The button just pressed is gone with its note; keep focus near where it was.
    listHeading.current?.focus();
  };

  return (
    <>
      <SectionCard title="Write a note">
        <NoteForm onSaved={(note) => setStatus(`Note saved: “${excerpt(note.text)}”.`)} />
      </SectionCard>
      <Flex as="section" direction="column" gap="small" aria-labelledby={headingId}>
        {/* A plain h2: focus lands here after a delete, and the kit's Heading takes no ref. */}
        <h2
          className="amplify-heading amplify-heading--2"
          id={headingId}
          ref={listHeading}
          tabIndex={-1}
        >
          Your notes
        </h2>
        {failedDelete && (
          <Alert variation="error" heading="The note was not deleted">
            {describeApiError(failedDelete.error)} “{excerpt(failedDelete.note.text)}” is back in
            your list.
          </Alert>
        )}
        <QueryState
          query={notes}
          loading="Loading your notes…"
          failed={(failure) => <ApiErrorAlert heading="Could not load your notes" {...failure} />}
        >
          {(data) => <NoteList notes={data} onDelete={handleDelete} />}
        </QueryState>
      </Flex>
      <p className="amplify-visually-hidden" role="status" aria-atomic="true">
        {status}
      </p>
    </>
  );
}
