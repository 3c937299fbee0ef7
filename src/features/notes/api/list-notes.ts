import { queryOptions, useQuery } from '@tanstack/react-query';
import type { ApiClient } from '../../../lib/api/api-client';
import { retryApiQuery } from '../../../lib/api/retry-policy';
import { useApiClient } from '../../../lib/api/use-api-client';
import { expectArray, expectRecord, parser } from '../../../lib/api/validate';
import { type Note, notesQueryKey, readNote } from './note';

const parseNotes = parser((value): Note[] => {
  const body = expectRecord(value, 'body');
  return expectArray(body.notes, 'notes', readNote);
});

/** GET /api/notes: the caller's notes, newest first. */
export const listNotes = (client: ApiClient, signal?: AbortSignal): Promise<Note[]> =>
  client.request('/api/notes', { parse: parseNotes, signal });

export const listNotesQueryOptions = (client: ApiClient) =>
  queryOptions({
    queryKey: notesQueryKey,
    queryFn: ({ signal }) => listNotes(client, signal),
    retry: retryApiQuery,
  });

export const useNotes = () => useQuery(listNotesQueryOptions(useApiClient()));
