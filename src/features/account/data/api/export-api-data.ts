import type { ApiClient } from '../../../../lib/api/api-client';
import { type ApiUser, readApiUser } from '../../../../lib/api/api-user';
import {
  expectArray,
  expectRecord,
  expectString,
  expectTimestamp,
  parser,
} from '../../../../lib/api/validate';

/** A note as the export lists it. */
export interface ExportedNote {
  readonly id: string;
  readonly text: string;
  readonly createdAt: string;
}

/** Everything the API holds for the caller. */
export interface ApiDataExport {
  readonly exportedAt: string;
  readonly user: ApiUser;
  readonly notes: readonly ExportedNote[];
}

function readNote(value: unknown, where: string): ExportedNote {
  const note = expectRecord(value, where);
  return {
    id: expectString(note.id, `${where}.id`, 200),
    text: expectString(note.text, `${where}.text`),
    createdAt: expectTimestamp(note.createdAt, `${where}.createdAt`),
  };
}

const parseExport = parser((value): ApiDataExport => {
  const body = expectRecord(value, 'body');
  return {
    exportedAt: expectTimestamp(body.exportedAt, 'exportedAt'),
    user: readApiUser(body.user, 'user'),
    notes: expectArray(body.notes, 'notes', readNote),
  };
});

/** GET /api/me/export: the caller's API record and notes. */
export const exportApiData = (client: ApiClient): Promise<ApiDataExport> =>
  client.request('/api/me/export', { parse: parseExport });
