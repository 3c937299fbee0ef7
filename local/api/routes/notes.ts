import { readJsonBody } from '../read-json-body.ts';
import { errorReply, json, type Reply } from '../respond.ts';
import type { Route } from './route.ts';

const MAX_NOTE_CHARS = 500;

export const notesRoutes: Route[] = [
  {
    method: 'GET',
    path: '/api/notes',
    auth: 'user',
    handle: ({ store, user }) => json(200, { notes: store.listNotes(user.id) }),
  },
  {
    method: 'POST',
    path: '/api/notes',
    auth: 'user',
    handle: async ({ req, store, user }) => {
      const body = await readJsonBody(req);
      if (!body.ok) {
        // Unread bytes stay on the socket; closing it is cheaper than draining an oversized upload.
        const headers: Record<string, string> = body.tooLarge ? { connection: 'close' } : {};
        return errorReply(400, 'invalid_request', body.message, headers);
      }
      const text = readNoteText(body.value);
      if (typeof text !== 'string') return text;
      return json(201, store.addNote(user.id, text));
    },
  },
  {
    // Sensitive: destroys data, so a revoked session must not be able to do it.
    method: 'DELETE',
    path: '/api/notes/:id',
    auth: 'sensitive',
    handle: ({ params, store, user }) => {
      const deleted = store.deleteNote(user.id, params.id ?? '');
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
