import { randomUUID } from 'node:crypto';

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

/** In-memory and per process: a demo of the shape, not of persistence. */
export class MemoryStore {
  private readonly usersBySub = new Map<string, ApiUser>();
  // Newest first, so listing needs no sort and same-millisecond notes keep their order.
  private readonly notesByUserId = new Map<string, Note[]>();

  /** Finds the user for a verified Cognito sub, creating it on first sight. */
  seeUser(sub: string, username: string, now = new Date()): ApiUser {
    const at = now.toISOString();
    const existing = this.usersBySub.get(sub);
    if (existing) {
      existing.lastSeenAt = at;
      existing.username = username;
      return { ...existing };
    }
    const user: ApiUser = { id: randomUUID(), sub, username, createdAt: at, lastSeenAt: at };
    this.usersBySub.set(sub, user);
    return { ...user };
  }

  listUsers(): ApiUser[] {
    return [...this.usersBySub.values()].map((user) => ({ ...user }));
  }

  listNotes(userId: string): Note[] {
    return (this.notesByUserId.get(userId) ?? []).map((note) => ({ ...note }));
  }

  addNote(userId: string, text: string, now = new Date()): Note {
    const note: Note = { id: randomUUID(), text, createdAt: now.toISOString() };
    const notes = this.notesByUserId.get(userId) ?? [];
    notes.unshift(note);
    this.notesByUserId.set(userId, notes);
    return { ...note };
  }

  /** The user's record and notes, or undefined when the API has never seen `sub`. */
  exportUser(sub: string): { user: ApiUser; notes: Note[] } | undefined {
    const user = this.usersBySub.get(sub);
    if (!user) return undefined;
    return { user: { ...user }, notes: this.listNotes(user.id) };
  }

  /**
   * Forgets the user's record and everything kept under its id. False when there was nothing
   * to forget, which callers treat as success: the caller wanted it gone.
   */
  deleteUser(sub: string): boolean {
    const user = this.usersBySub.get(sub);
    if (!user) return false;
    this.notesByUserId.delete(user.id);
    this.usersBySub.delete(sub);
    return true;
  }

  /** False when the note does not exist or belongs to someone else: callers must not tell which. */
  deleteNote(userId: string, noteId: string): boolean {
    const notes = this.notesByUserId.get(userId);
    const index = notes?.findIndex((note) => note.id === noteId) ?? -1;
    if (!notes || index < 0) return false;
    notes.splice(index, 1);
    return true;
  }
}
