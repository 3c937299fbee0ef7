import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { ApiClient } from '../../../lib/api/api-client';
import { useApiClient } from '../../../lib/api/api-client-context';
import { ApiError } from '../../../lib/api/errors';
import { type NotesPages, updateNotePages } from './list-notes';
import { type Note, notesQueryKey } from './note';

/** DELETE /api/notes/:id. A 404 means it is already gone, which is what the caller wanted. */
export async function deleteNote(client: ApiClient, id: string): Promise<void> {
  try {
    await client.request(`/api/notes/${encodeURIComponent(id)}`, { method: 'DELETE' });
  } catch (error) {
    if (error instanceof ApiError && error.status === 404) return;
    throw error;
  }
}

/** Hook-level callbacks: unlike mutate()'s, they run for every delete, even overlapping ones. */
export interface DeleteCallbacks {
  readonly onDeleted?: (note: Note) => void;
  readonly onFailed?: (error: Error, note: Note) => void;
}

interface DeleteContext {
  readonly previous: NotesPages | undefined;
}

/**
 * Deletes a note optimistically: it leaves the list at once and comes back where it was if
 * the API refuses, so the list never shows a state the server does not have for long.
 */
export function useDeleteNote(callbacks: DeleteCallbacks = {}) {
  const client = useApiClient();
  const queryClient = useQueryClient();
  return useMutation<void, Error, Note, DeleteContext>({
    mutationKey: [...notesQueryKey, 'delete-note'],
    mutationFn: (note) => deleteNote(client, note.id),
    onMutate: async (note) => {
      // An in-flight refetch would otherwise land after us and put the note back.
      await queryClient.cancelQueries({ queryKey: notesQueryKey });
      const previous = queryClient.getQueryData<NotesPages>(notesQueryKey);
      queryClient.setQueryData<NotesPages>(notesQueryKey, (data) =>
        updateNotePages(data, (notes) => notes.filter((n) => n.id !== note.id)),
      );
      return { previous };
    },
    onSuccess: (_data, note) => callbacks.onDeleted?.(note),
    onError: (error, note, context) => {
      // Put back only this note, so a second delete that succeeded meanwhile is not undone.
      queryClient.setQueryData<NotesPages>(notesQueryKey, (data) =>
        data
          ? updateNotePages(data, (notes, page) =>
              restore(notes, context?.previous?.pages[page]?.notes, note),
            )
          : context?.previous,
      );
      callbacks.onFailed?.(error, note);
    },
    onSettled: () => queryClient.invalidateQueries({ queryKey: notesQueryKey }),
  });
}

/** The page's notes with `note` back where `previous` (the page before the delete) had it. */
function restore(notes: Note[], previous: readonly Note[] | undefined, note: Note): Note[] {
  if (notes.some((n) => n.id === note.id)) return notes;
  const order = previous?.map((n) => n.id) ?? [];
  const index = order.indexOf(note.id);
  // Not on this page before the delete: nothing to put back here.
  if (index < 0) return notes;
  const before = new Set(order.slice(0, Math.max(index, 0)));
  const at = notes.filter((n) => before.has(n.id)).length;
  return [...notes.slice(0, at), note, ...notes.slice(at)];
}
