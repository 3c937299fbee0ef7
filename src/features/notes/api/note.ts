import { expectRecord, expectString, expectTimestamp } from '../../../lib/api/validate';

/** The API's rule, applied here too so the form can say so before sending. */
export const MAX_NOTE_CHARS = 500;

export interface Note {
  readonly id: string;
  readonly text: string;
  readonly createdAt: string;
}

export const notesQueryKey = ['api', 'notes'] as const;

/** Reads one note from an untrusted body; throws a shape error naming `where`. */
export function readNote(value: unknown, where: string): Note {
  const note = expectRecord(value, where);
  return {
    id: expectString(note.id, `${where}.id`, 200),
    text: expectString(note.text, `${where}.text`, MAX_NOTE_CHARS * 4),
    createdAt: expectTimestamp(note.createdAt, `${where}.createdAt`),
  };
}

/** Length as the API counts it: code points after trimming, so an emoji is one character. */
export const noteLength = (text: string): number => [...text.trim()].length;
