import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createDynamoClient } from '../../local/api/store/dynamo-client.ts';
import { DynamoStore } from '../../local/api/store/dynamo-store.ts';
import { type RunningDynalite, startDynalite } from '../../local/stack/start-dynalite.ts';

const running: RunningDynalite[] = [];
const dirs: string[] = [];
afterEach(async () => {
  for (const dynalite of running.splice(0)) await dynalite.close();
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

async function start(options: Parameters<typeof startDynalite>[0]) {
  const dynalite = await startDynalite(options);
  running.push(dynalite);
  return dynalite;
}

/** Runs `use` with a store on `dynalite`, then lets go of the client. */
async function withStore<T>(dynalite: RunningDynalite, use: (store: DynamoStore) => Promise<T>) {
  const client = createDynamoClient(dynalite.endpoint);
  try {
    return await use(new DynamoStore({ client, tableName: dynalite.tableName }));
  } finally {
    client.destroy();
  }
}

describe('startDynalite', () => {
  it('keeps notes in its data directory across a restart, and --fresh clears them', async () => {
    const dataDir = join(mkdtempSync(join(tmpdir(), 'dynalite-')), 'dynamodb');
    dirs.push(dataDir);
    const first = await start({ dataDir });
    const note = await withStore(first, async (store) => {
      const user = await store.seeUser('sub-a', 'alice');
      return { user, note: await store.addNote(user.id, 'survives a restart') };
    });
    await running.pop()?.close();

    const second = await start({ dataDir });
    expect(
      await withStore(second, async (store) => ({
        user: await store.seeUser('sub-a', 'alice'),
        notes: await store.listNotes(note.user.id),
      })),
    ).toEqual({ user: note.user, notes: [note.note] });
    await running.pop()?.close();

    const fresh = await start({ dataDir, fresh: true });
    expect(await withStore(fresh, (store) => store.listUsers())).toEqual([]);
  });

  it('starts in memory on a free loopback port with the table ready', async () => {
    const dynalite = await start({ tableName: 'in-memory' });
    expect(dynalite.endpoint).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    expect(dynalite.tableName).toBe('in-memory');
    expect(await withStore(dynalite, (store) => store.listNotes('nobody'))).toEqual([]);
  });
});
