import { randomUUID } from 'node:crypto';
import { http, passthrough } from 'msw';
import { createDynamoClient } from '../../../local/api/store/dynamo-client';
import { DynamoStore } from '../../../local/api/store/dynamo-store';
import {
  ensureTable,
  type RunningDynalite,
  startDynalite,
} from '../../../local/stack/start-dynalite';
import { server } from '../msw-server';

let engine: Promise<{ dynalite: RunningDynalite; client: ReturnType<typeof createDynamoClient> }>;

/** One in-memory dynalite per test worker, started on first use and left to end with it. */
function sharedEngine() {
  // No table yet: each demoStore() makes its own, once its traffic passes MSW.
  engine ??= startDynalite({ createTable: false }).then((dynalite) => {
    dynalite.unref();
    return { dynalite, client: createDynamoClient(dynalite.endpoint) };
  });
  return engine;
}

/**
 * A DynamoStore on a new, empty table of the worker's dynalite: the demo API's real storage
 * engine, a few milliseconds per call. Its loopback traffic passes MSW (which fails every
 * request nobody answers) for the rest of the test.
 */
export async function demoStore(): Promise<DynamoStore> {
  const { dynalite, client } = await sharedEngine();
  server.use(http.all(`${dynalite.endpoint}/*`, () => passthrough()));
  const tableName = `demo-${randomUUID()}`;
  await ensureTable(dynalite.endpoint, tableName);
  return new DynamoStore({ client, tableName });
}
