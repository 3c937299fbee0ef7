/** The API's own user record: its id is what the rest of the backend references, not the Cognito sub. */
export interface ApiUser {
  id: string;
  sub: string;
  username: string;
  createdAt: string;
  lastSeenAt: string;
}

export interface Note {
  id: string;
  text: string;
  createdAt: string;
}

/** One page of a user's notes, newest first; `nextCursor` is absent on the last page. */
export interface NotesPage {
  notes: Note[];
  nextCursor?: string;
}

export interface PageRequest {
  /** 1 to MAX_PAGE_SIZE; DEFAULT_PAGE_SIZE when absent. */
  limit?: number;
  /** From the previous page's `nextCursor`. */
  cursor?: string;
}

export const DEFAULT_PAGE_SIZE = 20;
export const MAX_PAGE_SIZE = 100;

/** A cursor this API did not hand out; routes answer 400. */
export class InvalidCursorError extends Error {
  constructor() {
    super('Invalid cursor');
    this.name = 'InvalidCursorError';
  }
}
