import { type InfiniteData, infiniteQueryOptions, useInfiniteQuery } from '@tanstack/react-query';
import type { ApiClient } from '../../../lib/api/api-client';
import { useApiClient } from '../../../lib/api/api-client-context';
import { apiQueryOptions } from '../../../lib/api/api-query-options';
import { expectArray, expectRecord, expectString, parser } from '../../../lib/api/validate';
import { type Note, notesQueryKey, readNote } from './note';

/** One page of notes, newest first; `nextCursor` asks the API for the page after it. */
export interface NotesPage {
  readonly notes: Note[];
  readonly nextCursor?: string;
}

/** The cached list: the pages loaded so far ("Load more" adds one). */
export type NotesPages = InfiniteData<NotesPage>;

const parseNotesPage = parser((value): NotesPage => {
  const body = expectRecord(value, 'body');
  const notes = expectArray(body.notes, 'notes', readNote);
  if (body.nextCursor === undefined) return { notes };
  return { notes, nextCursor: expectString(body.nextCursor, 'nextCursor', 1_000) };
});

/** GET /api/notes: a page of the caller's notes, newest first, after `cursor` if given. */
export const listNotesPage = (client: ApiClient, cursor?: string): Promise<NotesPage> =>
  client.request(
    cursor === undefined ? '/api/notes' : `/api/notes?cursor=${encodeURIComponent(cursor)}`,
    { parse: parseNotesPage },
  );

export const listNotesQueryOptions = (client: ApiClient) =>
  infiniteQueryOptions({
    queryKey: notesQueryKey,
    queryFn: ({ pageParam }) => listNotesPage(client, pageParam),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.nextCursor,
    ...apiQueryOptions,
  });

export const useNotes = () => useInfiniteQuery(listNotesQueryOptions(useApiClient()));

/** Applies `change` to the notes of every loaded page, keeping the pages and their cursors. */
export function updateNotePages(
  data: NotesPages | undefined,
  change: (notes: Note[], pageIndex: number) => Note[],
): NotesPages | undefined {
  if (!data) return data;
  return {
    ...data,
    pages: data.pages.map((page, i) => ({ ...page, notes: change(page.notes, i) })),
  };
}
