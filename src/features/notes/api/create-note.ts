import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { ApiClient } from '../../../lib/api/api-client';
import { useApiClient } from '../../../lib/api/api-client-context';
import { parser } from '../../../lib/api/validate';
import { type NotesPages, updateNotePages } from './list-notes';
import { type Note, notesQueryKey, readNote } from './note';

const parseNote = parser((value) => readNote(value, 'body'));

/** POST /api/notes; the API trims the text and answers with the stored note. */
export const createNote = (client: ApiClient, text: string): Promise<Note> =>
  client.request('/api/notes', { method: 'POST', body: { text }, parse: parseNote });

/** Creates a note and puts it at the top of the cached list without waiting for a refetch. */
export function useCreateNote() {
  const client = useApiClient();
  const queryClient = useQueryClient();
  return useMutation({
    mutationKey: [...notesQueryKey, 'create-note'],
    mutationFn: (text: string) => createNote(client, text),
    onSuccess: (note) => {
      // Newest first: it goes to the top of the first page.
      queryClient.setQueryData<NotesPages>(notesQueryKey, (data) =>
        updateNotePages(data, (notes, page) =>
          page === 0 ? [note, ...notes.filter((n) => n.id !== note.id)] : notes,
        ),
      );
      // Not awaited: the caller's onSuccess (clearing the form) must land with the new row,
      // not one refetch later.
      void queryClient.invalidateQueries({ queryKey: notesQueryKey });
    },
  });
}
