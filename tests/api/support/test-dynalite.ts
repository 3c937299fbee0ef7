import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll } from 'vitest';
import { createDynamoClient } from '../../../local/api/store/dynamo-client.ts';
import { DynamoStore } from '../../../local/api/store/dynamo-store.ts';
import {
  ensureTable,
  type RunningDynalite,
  startDynalite,
} from '../../../local/stack/start-dynalite.ts';

export interface TestTables {
  /** A store on a table of its own, empty: tests never see each other's data. */
  freshStore(): Promise<DynamoStore>;
}

/**
 * One in-memory dynalite for the file, started before its tests and stopped after them; each
 * freshStore() is a new table on it (creating one takes milliseconds).
 */
export function testTablesForFile(): TestTables {
  let dynalite: RunningDynalite | undefined;
  const client = () => {
    if (!dynalite) throw new Error('testTablesForFile: dynalite has not started yet');
    return createDynamoClient(dynalite.endpoint);
  };
  let shared: ReturnType<typeof createDynamoClient> | undefined;
  beforeAll(async () => {
    dynalite = await startDynalite();
    shared = client();
  });
  afterAll(async () => {
    shared?.destroy();
    await dynalite?.close();
  });
  return {
    async freshStore() {
      if (!dynalite || !shared) throw new Error('testTablesForFile: dynalite has not started yet');
      const tableName = `t-${randomUUID()}`;
      await ensureTable(dynalite.endpoint, tableName);
      return new DynamoStore({ client: shared, tableName });
    },
  };
}

/**
 * A store on an in-memory dynalite of its own, for one test: `cleanup` (closeAfterEach's
 * register function) stops it after the test.
 */
export async function testStore(
  cleanup: (close: () => Promise<void>) => void,
): Promise<DynamoStore> {
  const dynalite = await startDynalite();
  const client = createDynamoClient(dynalite.endpoint);
  cleanup(async () => {
    client.destroy();
    await dynalite.close();
  });
  return new DynamoStore({ client, tableName: dynalite.tableName });
}
