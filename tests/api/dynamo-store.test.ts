import { describe, expect, it } from 'vitest';
import { InvalidCursorError, type Note } from '../../local/api/store/types.ts';
import { testTablesForFile } from './support/test-dynalite.ts';

const tables = testTablesForFile();

async function addNotes(
  store: Awaited<ReturnType<typeof tables.freshStore>>,
  userId: string,
  count: number,
) {
  const added: Note[] = [];
  for (let i = 0; i < count; i++) added.push(await store.addNote(userId, `note ${i}`));
  return added;
}

describe('DynamoStore on dynalite: users', () => {
  it('creates a user on first sight and keeps its id, refreshing the username', async () => {
    const store = await tables.freshStore();
    const first = await store.seeUser('sub-a', 'alice', new Date('2030-01-01T10:00:00Z'));
    expect(first).toEqual({
      id: expect.stringMatching(/^[0-9a-f-]{36}$/),
      sub: 'sub-a',
      username: 'alice',
      createdAt: '2030-01-01T10:00:00.000Z',
      lastSeenAt: '2030-01-01T10:00:00.000Z',
    });
    const renamed = await store.seeUser('sub-a', 'alice.b', new Date('2030-01-01T10:00:05Z'));
    expect(renamed).toEqual({
      ...first,
      username: 'alice.b',
      lastSeenAt: '2030-01-01T10:00:05.000Z',
    });
    expect(await store.listUsers()).toEqual([renamed]);
  });

  it('keeps lastSeenAt to the minute, so a burst of calls is one write', async () => {
    const store = await tables.freshStore();
    await store.seeUser('sub-a', 'alice', new Date('2030-01-01T10:00:00Z'));
    const soon = await store.seeUser('sub-a', 'alice', new Date('2030-01-01T10:00:59Z'));
    expect(soon.lastSeenAt).toBe('2030-01-01T10:00:00.000Z');
    const later = await store.seeUser('sub-a', 'alice', new Date('2030-01-01T10:01:00Z'));
    expect(later.lastSeenAt).toBe('2030-01-01T10:01:00.000Z');
  });

  it('gives concurrent first requests of a new user one and the same record', async () => {
    const store = await tables.freshStore();
    const seen = await Promise.all(
      Array.from({ length: 12 }, () => store.seeUser('sub-new', 'newcomer')),
    );
    expect(new Set(seen.map((user) => user.id)).size).toBe(1);
    expect(await store.listUsers()).toHaveLength(1);
  });

  it('lists every user oldest first, past one BatchGetItem of 100', async () => {
    const store = await tables.freshStore();
    const base = Date.parse('2030-01-01T00:00:00Z');
    const subs = Array.from({ length: 130 }, (_, i) => `sub-${String(i).padStart(3, '0')}`);
    await Promise.all(
      subs.map((sub, i) => store.seeUser(sub, `user ${i}`, new Date(base + i * 1000))),
    );
    await addNotes(store, 'someone', 3);
    const users = await store.listUsers();
    expect(users.map((user) => user.sub)).toEqual(subs);
    // Records only: no keys or index attributes leak out of the store.
    expect(Object.keys(users[0] ?? {}).sort()).toEqual(
      ['createdAt', 'id', 'lastSeenAt', 'sub', 'username'].sort(),
    );
  });
});

describe('DynamoStore on dynalite: notes', () => {
  it('lists notes newest first, also when many share one millisecond', async () => {
    const store = await tables.freshStore();
    const { id } = await store.seeUser('sub-a', 'alice');
    const at = new Date('2030-01-01T10:00:00Z');
    const added: Note[] = [];
    for (let i = 0; i < 30; i++) added.push(await store.addNote(id, `same ms ${i}`, at));
    expect(await store.listNotes(id)).toEqual(added.reverse());
  });

  it('pages with a cursor until the last page, which has none', async () => {
    const store = await tables.freshStore();
    const { id } = await store.seeUser('sub-a', 'alice');
    const newestFirst = (await addNotes(store, id, 45)).reverse();

    const first = await store.listNotesPage(id, { limit: 20 });
    expect(first.notes).toEqual(newestFirst.slice(0, 20));
    expect(first.nextCursor).toEqual(expect.any(String));
    const second = await store.listNotesPage(id, { limit: 20, cursor: first.nextCursor });
    expect(second.notes).toEqual(newestFirst.slice(20, 40));
    const last = await store.listNotesPage(id, { limit: 20, cursor: second.nextCursor });
    expect(last).toEqual({ notes: newestFirst.slice(40) });
  });

  it('hands out no cursor when the page ends exactly at the last note', async () => {
    const store = await tables.freshStore();
    const { id } = await store.seeUser('sub-a', 'alice');
    await addNotes(store, id, 20);
    const page = await store.listNotesPage(id, { limit: 10 });
    const rest = await store.listNotesPage(id, { limit: 10, cursor: page.nextCursor });
    expect(rest.notes).toHaveLength(10);
    expect(rest.nextCursor).toBeUndefined();
    expect(await store.listNotesPage('nobody')).toEqual({ notes: [] });
  });

  it('keeps pages stable while notes are added and deleted between them', async () => {
    const store = await tables.freshStore();
    const { id } = await store.seeUser('sub-a', 'alice');
    const newestFirst = (await addNotes(store, id, 6)).reverse();
    const first = await store.listNotesPage(id, { limit: 3 });
    await store.addNote(id, 'newer than the list');
    await store.deleteNote(id, newestFirst[3]?.id ?? '');
    const next = await store.listNotesPage(id, { limit: 3, cursor: first.nextCursor });
    expect(next).toEqual({ notes: newestFirst.slice(4) });
  });

  it('clamps the page size and refuses cursors it did not hand out', async () => {
    const store = await tables.freshStore();
    const { id } = await store.seeUser('sub-a', 'alice');
    await addNotes(store, id, 3);
    expect((await store.listNotesPage(id, { limit: 0 })).notes).toHaveLength(1);
    expect((await store.listNotesPage(id, { limit: 1000 })).notes).toHaveLength(3);
    for (const cursor of ['', 'nope', 'bjE6bm90LWFuLWlk', 'x'.repeat(500)]) {
      await expect(store.listNotesPage(id, { cursor })).rejects.toBeInstanceOf(InvalidCursorError);
    }
  });

  it('isolates users: another user’s notes, cursor or note id reach nothing', async () => {
    const store = await tables.freshStore();
    const alice = await store.seeUser('sub-a', 'alice');
    const bob = await store.seeUser('sub-b', 'bob');
    const alices = (await addNotes(store, alice.id, 4)).reverse();
    const bobs = await store.addNote(bob.id, 'bob only');

    expect(await store.listNotes(bob.id)).toEqual([bobs]);
    const alicePage = await store.listNotesPage(alice.id, { limit: 2 });
    // Alice's cursor on Bob's list starts inside Bob's notes: nothing of Alice's comes back.
    expect(await store.listNotesPage(bob.id, { cursor: alicePage.nextCursor })).toEqual({
      notes: [],
    });
    expect(await store.deleteNote(bob.id, alices[0]?.id ?? '')).toBe(false);
    expect(await store.listNotes(alice.id)).toEqual(alices);
  });

  it('loses no note when one user writes many at once', async () => {
    const store = await tables.freshStore();
    const { id } = await store.seeUser('sub-a', 'alice');
    const added = await Promise.all(
      Array.from({ length: 60 }, (_, i) => store.addNote(id, `parallel ${i}`)),
    );
    const listed = await store.listNotes(id);
    expect(listed).toHaveLength(60);
    expect(new Set(listed.map((note) => note.id))).toEqual(new Set(added.map((note) => note.id)));
  });

  it('deletes a note once: of concurrent deletes exactly one succeeds', async () => {
    const store = await tables.freshStore();
    const { id } = await store.seeUser('sub-a', 'alice');
    const [keep, gone] = await addNotes(store, id, 2);
    const results = await Promise.all(
      Array.from({ length: 8 }, () => store.deleteNote(id, gone?.id ?? '')),
    );
    expect(results.filter(Boolean)).toHaveLength(1);
    expect(await store.deleteNote(id, gone?.id ?? '')).toBe(false);
    expect(await store.deleteNote(id, 'not-a-note-id')).toBe(false);
    expect(await store.listNotes(id)).toEqual([keep]);
  });
});

describe('DynamoStore on dynalite: export and delete', () => {
  it('exports the record and every note, and deletes both, leaving others alone', async () => {
    const store = await tables.freshStore();
    const alice = await store.seeUser('sub-a', 'alice');
    const bob = await store.seeUser('sub-b', 'bob');
    // More than two BatchWriteItems (25 each).
    const notes = await Promise.all(
      Array.from({ length: 60 }, (_, i) => store.addNote(alice.id, `n${i}`)),
    );
    const bobs = await store.addNote(bob.id, 'stays');

    const exported = await store.exportUser('sub-a');
    expect(exported?.user).toEqual(alice);
    expect(exported?.notes).toHaveLength(notes.length);

    expect(await store.deleteUser('sub-a')).toBe(true);
    expect(await store.exportUser('sub-a')).toBeUndefined();
    expect(await store.listNotes(alice.id)).toEqual([]);
    expect(await store.listUsers()).toEqual([bob]);
    expect(await store.listNotes(bob.id)).toEqual([bobs]);
    expect(await store.deleteUser('sub-a')).toBe(false);
  });

  it('gives a returning user a fresh record after deletion', async () => {
    const store = await tables.freshStore();
    const before = await store.seeUser('sub-a', 'alice');
    await store.addNote(before.id, 'old');
    await Promise.all([store.deleteUser('sub-a'), store.deleteUser('sub-a')]);
    const after = await store.seeUser('sub-a', 'alice');
    expect(after.id).not.toBe(before.id);
    expect(await store.listNotes(after.id)).toEqual([]);
  });
});
