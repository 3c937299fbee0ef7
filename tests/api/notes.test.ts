import { request } from 'node:http';
import { describe, expect, it } from 'vitest';
import { call, closeAfterEach, startHarness } from './support/test-servers.ts';
import { testUser } from './support/token-factory.ts';

const cleanup = closeAfterEach();

interface Note {
  id: string;
  text: string;
  createdAt: string;
}

describe('notes', () => {
  it('creates, lists newest first and deletes the caller’s notes', async () => {
    const { api, tokens } = await startHarness(cleanup);
    const token = tokens.accessToken(testUser('alice'));

    expect(await call(api, '/api/notes', { token })).toMatchObject({
      status: 200,
      body: { notes: [] },
    });

    const first = await call(api, '/api/notes', {
      method: 'POST',
      token,
      json: { text: '  first  ' },
    });
    expect(first.status).toBe(201);
    const firstNote = first.body as Note;
    expect(firstNote).toEqual({
      id: expect.any(String),
      text: 'first',
      createdAt: expect.any(String),
    });
    const second = (
      await call(api, '/api/notes', { method: 'POST', token, json: { text: 'second' } })
    ).body as Note;

    const listed = await call(api, '/api/notes', { token });
    expect((listed.body as { notes: Note[] }).notes).toEqual([second, firstNote]);

    const deleted = await call(api, `/api/notes/${firstNote.id}`, { method: 'DELETE', token });
    expect(deleted.status).toBe(204);
    expect(deleted.body).toBeUndefined();
    expect(
      (await call(api, `/api/notes/${firstNote.id}`, { method: 'DELETE', token })).status,
    ).toBe(404);
    expect(((await call(api, '/api/notes', { token })).body as { notes: Note[] }).notes).toEqual([
      second,
    ]);
  });

  it("hides other users' notes and answers 404 when deleting them", async () => {
    const { api, tokens } = await startHarness(cleanup);
    const alice = tokens.accessToken(testUser('alice'));
    const bob = tokens.accessToken(testUser('bob'));
    const note = (
      await call(api, '/api/notes', { method: 'POST', token: alice, json: { text: 'mine' } })
    ).body as Note;

    expect(
      ((await call(api, '/api/notes', { token: bob })).body as { notes: Note[] }).notes,
    ).toEqual([]);
    const attempt = await call(api, `/api/notes/${note.id}`, { method: 'DELETE', token: bob });
    expect(attempt).toMatchObject({ status: 404, body: { error: 'not_found' } });
    expect(
      ((await call(api, '/api/notes', { token: alice })).body as { notes: Note[] }).notes,
    ).toEqual([note]);
  });

  it('requires a valid access token', async () => {
    const { api } = await startHarness(cleanup);
    expect((await call(api, '/api/notes')).status).toBe(401);
    expect((await call(api, '/api/notes', { method: 'POST', json: { text: 'x' } })).status).toBe(
      401,
    );
    expect((await call(api, '/api/notes/abc', { method: 'DELETE' })).status).toBe(401);
  });

  it('validates the note body', async () => {
    const { api, tokens } = await startHarness(cleanup);
    const token = tokens.accessToken(testUser('alice'));
    const post = (options: Parameters<typeof call>[2]) =>
      call(api, '/api/notes', { method: 'POST', token, ...options });
    const invalid = [
      { json: {} },
      { json: { text: 42 } },
      { json: { text: '   ' } },
      { json: { text: 'x'.repeat(501) } },
      { json: ['text'] },
      { json: null },
      { json: 'text' },
      { body: '{"text": "unterminated', headers: { 'content-type': 'application/json' } },
      { body: '', headers: { 'content-type': 'application/json' } },
      { body: JSON.stringify({ text: 'hi' }), headers: { 'content-type': 'text/plain' } },
      { body: JSON.stringify({ text: 'hi' }) },
      { json: { text: 'y'.repeat(11 * 1024) } },
    ];
    for (const options of invalid) {
      const response = await post(options);
      expect(response.status, JSON.stringify(options).slice(0, 80)).toBe(400);
      expect(response.body).toMatchObject({
        error: 'invalid_request',
        message: expect.any(String),
      });
    }
    expect(((await call(api, '/api/notes', { token })).body as { notes: Note[] }).notes).toEqual(
      [],
    );
  });

  it('accepts exactly 500 characters after trimming, counting emoji as one', async () => {
    const { api, tokens } = await startHarness(cleanup);
    const token = tokens.accessToken(testUser('alice'));
    const longest = `  ${'🙂'.repeat(500)}  `;
    const response = await call(api, '/api/notes', {
      method: 'POST',
      token,
      json: { text: longest },
      headers: { 'content-type': 'application/json; charset=utf-8' },
    });
    expect(response.status).toBe(201);
    expect((response.body as Note).text).toBe('🙂'.repeat(500));
  });

  it('stops reading a chunked body once it passes 10 KB', async () => {
    const { api, tokens } = await startHarness(cleanup);
    const token = tokens.accessToken(testUser('alice'));
    // Chunked: no content-length, so only the streaming limit can catch it.
    const status = await new Promise<number | undefined>((resolve, reject) => {
      const req = request(
        new URL('/api/notes', api),
        {
          method: 'POST',
          headers: {
            authorization: `Bearer ${token}`,
            'content-type': 'application/json',
            'transfer-encoding': 'chunked',
          },
        },
        (res) => {
          res.resume();
          res.on('end', () => resolve(res.statusCode));
        },
      );
      req.on('error', reject);
      req.write('{"text":"');
      for (let i = 0; i < 12; i++) req.write('x'.repeat(1024));
      req.end('"}');
    });
    expect(status).toBe(400);
  });
});
