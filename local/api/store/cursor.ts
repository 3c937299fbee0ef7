import { isNoteId } from './note-id.ts';

const PREFIX = 'n1:';

/**
 * The position after the last note of a page, opaque to clients. It holds only a note id: the
 * partition always comes from the caller's own user id, so a forged cursor cannot reach into
 * another user's notes, at worst it starts someone's own list at another point.
 */
export function encodeCursor(lastNoteId: string): string {
  return Buffer.from(`${PREFIX}${lastNoteId}`, 'utf8').toString('base64url');
}

/** The note id a cursor names, or undefined when it is not one this API handed out. */
export function decodeCursor(cursor: string): string | undefined {
  if (!/^[\w-]{1,200}$/.test(cursor)) return undefined;
  const text = Buffer.from(cursor, 'base64url').toString('utf8');
  if (!text.startsWith(PREFIX)) return undefined;
  const id = text.slice(PREFIX.length);
  return isNoteId(id) ? id : undefined;
}
