import { describe, expect, it } from 'vitest';
import { call, closeAfterEach, startHarness } from './support/test-servers.ts';
import { testUser } from './support/token-factory.ts';

const cleanup = closeAfterEach();

interface Page {
  notes: { id: string; text: string }[];
  nextCursor?: string;
}

describe('GET /api/notes pages', () => {
  it('answers 20 notes at a time, newest first, with a cursor to the next page', async () => {
    const { api, tokens, store } = await startHarness(cleanup);
    const alice = testUser('alice');
    const token = tokens.accessToken(alice);
    const { id } = await store.seeUser(alice.sub, 'alice');
    for (let i = 1; i <= 25; i++) await store.addNote(id, `note ${i}`);

    const first = (await call(api, '/api/notes', { token })).body as Page;
    expect(first.notes.map((n) => n.text)).toEqual(
      Array.from({ length: 20 }, (_, i) => `note ${25 - i}`),
    );
    const cursor = encodeURIComponent(first.nextCursor ?? '');
    const second = (await call(api, `/api/notes?cursor=${cursor}`, { token })).body as Page;
    expect(second).toEqual({
      notes: ['note 5', 'note 4', 'note 3', 'note 2', 'note 1'].map((text) =>
        expect.objectContaining({ text }),
      ),
    });
    const small = (await call(api, '/api/notes?limit=2', { token })).body as Page;
    expect(small.notes).toHaveLength(2);
  });

  it('refuses a bad limit or a cursor it did not hand out', async () => {
    const { api, tokens } = await startHarness(cleanup);
    const token = tokens.accessToken(testUser('alice'));
    for (const query of ['limit=0', 'limit=101', 'limit=ten', 'limit=1.5', 'cursor=forged']) {
      expect(await call(api, `/api/notes?${query}`, { token })).toMatchObject({
        status: 400,
        body: { error: 'invalid_request' },
      });
    }
  });
});
