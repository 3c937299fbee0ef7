import { readJsonBody } from '../read-json-body.ts';
import { errorReply, json, type Reply } from '../respond.ts';
import { InvalidCursorError, MAX_PAGE_SIZE } from '../store/types.ts';
import type { Route } from './route.ts';

const MAX_NOTE_CHARS = 500;

export const notesRoutes: Route[] = [
  {
    method: 'GET',
    path: '/api/notes',
    auth: 'user',
    // One page, newest first: `?limit=1..100` (20 by default) and `?cursor=` from the last
    // page's `nextCursor`, which is absent on the last page.
    handle: async ({ req, store, user }) => {
      const query = new URL(req.url).searchParams;
      const limit = readLimit(query.get('limit'));
      if (typeof limit !== 'number' && limit !== undefined) return limit;
      const cursor = query.get('cursor') ?? undefined;
      try {
        return json(200, await store.listNotesPage(user.id, { limit, cursor }));
      } catch (error) {
        if (error instanceof InvalidCursorError) {
          return errorReply(400, 'invalid_request', 'cursor is not one this API handed out');
        }
        throw error;
      }
    },
  },
  {
    method: 'POST',
    path: '/api/notes',
    // A write: a session revoked in Cognito (sign out everywhere) stops creating notes within
    // the revocation cache's few seconds, not when its token expires.
    auth: 'write',
    handle: async ({ req, store, user }) => {
      const body = await readJsonBody(req);
      if (!body.ok) {
        // Unread bytes stay on the socket; closing it is cheaper than draining an oversized upload.
        const headers: Record<string, string> = body.tooLarge ? { connection: 'close' } : {};
        return errorReply(400, 'invalid_request', body.message, headers);
      }
      const text = readNoteText(body.value);
      if (typeof text !== 'string') return text;
      return json(201, await store.addNote(user.id, text));
    },
  },
  {
    // Sensitive: destroys data, so a revoked session must not be able to do it.
    method: 'DELETE',
    path: '/api/notes/:id',
    auth: 'sensitive',
    handle: async ({ params, store, user }) => {
      const deleted = await store.deleteNote(user.id, params.id ?? '');
      // Someone else's note answers exactly like a missing one, so ids cannot be probed.
      return deleted ? { status: 204 } : errorReply(404, 'not_found', 'Note not found');
    },
  },
];

function readNoteText(value: unknown): string | Reply {
  const text = (value as { text?: unknown } | null)?.text;
  if (typeof value !== 'object' || Array.isArray(value) || typeof text !== 'string') {
    return errorReply(400, 'invalid_request', 'Body must be {"text": string}');
  }
  const trimmed = text.trim();
  // Code points, not UTF-16 units, so an emoji counts as one character.
  const length = [...trimmed].length;
  if (length < 1 || length > MAX_NOTE_CHARS) {
    return errorReply(400, 'invalid_request', `text must be 1 to ${MAX_NOTE_CHARS} characters`);
  }
  return trimmed;
}

function readLimit(raw: string | null): number | undefined | Reply {
  if (raw === null) return undefined;
  const limit = Number(raw);
  if (!/^\d+$/.test(raw) || limit < 1 || limit > MAX_PAGE_SIZE) {
    return errorReply(400, 'invalid_request', `limit must be 1 to ${MAX_PAGE_SIZE}`);
  }
  return limit;
}
