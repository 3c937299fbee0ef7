import { queryOptions, useQuery } from '@tanstack/react-query';
import type { ApiClient } from '../../../lib/api/api-client';
import { useApiClient } from '../../../lib/api/api-client-context';
import { apiQueryOptions } from '../../../lib/api/api-query-options';
import { expectArray, expectRecord, parser } from '../../../lib/api/validate';
import { type Note, notesQueryKey, readNote } from './note';

const parseNotes = parser((value): Note[] => {
  const body = expectRecord(value, 'body');
  return expectArray(body.notes, 'notes', readNote);
});

/** GET /api/notes: the caller's notes, newest first. */
export const listNotes = (client: ApiClient): Promise<Note[]> =>
  client.request('/api/notes', { parse: parseNotes });

export const listNotesQueryOptions = (client: ApiClient) =>
  queryOptions({
    queryKey: notesQueryKey,
    queryFn: () => listNotes(client),
    ...apiQueryOptions,
  });

export const useNotes = () => useQuery(listNotesQueryOptions(useApiClient()));
