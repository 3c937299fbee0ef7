import { mkdirSync, rmSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import {
  CreateTableCommand,
  DescribeTableCommand,
  type DynamoDBClient,
  ResourceInUseException,
  ResourceNotFoundException,
} from '@aws-sdk/client-dynamodb';
import dynalite from 'dynalite';
import { createDynamoClient } from '../api/store/dynamo-client.ts';
import { createTableInput, LOCAL_TABLE_NAME } from '../api/store/table.ts';

export interface DynaliteOptions {
  /** 0 (the default) lets the OS pick a free port. */
  port?: number;
  /** LevelDB directory that keeps the data across restarts; in memory when absent. */
  dataDir?: string;
  /** Empties `dataDir` first (`npm start -- --fresh`). */
  fresh?: boolean;
  tableName?: string;
  /** False leaves the engine empty; the caller creates tables with ensureTable. */
  createTable?: boolean;
}

export interface RunningDynalite {
  /** For a DynamoDB client's `endpoint`. */
  endpoint: string;
  tableName: string;
  close(): Promise<void>;
  /** Lets the process exit while the engine still runs (one engine shared by a test worker). */
  unref(): void;
}

/**
 * dynalite (DynamoDB's API on LevelDB) on 127.0.0.1, with the API's table created if it is
 * not there yet: what `npm start`, the store tests and the component tests run the API on.
 */
export async function startDynalite(options: DynaliteOptions = {}): Promise<RunningDynalite> {
  const tableName = options.tableName ?? LOCAL_TABLE_NAME;
  if (options.dataDir) {
    if (options.fresh) rmSync(options.dataDir, { recursive: true, force: true });
    mkdirSync(options.dataDir, { recursive: true });
  }
  // Tables are ACTIVE at once: dynalite's default half-second CREATING state only slows tests.
  const server = dynalite({
    ...(options.dataDir && { path: options.dataDir }),
    createTableMs: 0,
    deleteTableMs: 0,
    updateTableMs: 0,
  });
  // Longer than a test file or a load run is idle between calls, so the SDK's kept-alive
  // sockets are not closed under it as it sends.
  server.keepAliveTimeout = 60_000;
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', () => {
      server.off('error', reject);
      resolve();
    });
  });
  const close = () =>
    new Promise<void>((resolve, reject) => {
      // Also closes LevelDB, which holds a lock on dataDir until then.
      server.close((error) => (error ? reject(error) : resolve()));
      server.closeAllConnections();
    });
  const endpoint = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  try {
    if (options.createTable !== false) await ensureTable(endpoint, tableName);
  } catch (error) {
    await close();
    throw error;
  }
  return { endpoint, tableName, close, unref: () => server.unref() };
}

/** Creates the table unless it exists (a data directory from an earlier run), and waits for it. */
export async function ensureTable(endpoint: string, tableName: string): Promise<void> {
  const client = createDynamoClient(endpoint);
  try {
    const status = await tableStatus(client, tableName);
    if (status === undefined) {
      await client.send(new CreateTableCommand(createTableInput(tableName))).catch((error) => {
        // Another process created it in between: the table is there, which is all we wanted.
        if (!(error instanceof ResourceInUseException)) throw error;
      });
    }
    // Even with createTableMs 0, dynalite answers "not found" until the table turns ACTIVE.
    for (let waited = 0; (await tableStatus(client, tableName)) !== 'ACTIVE'; waited += 10) {
      if (waited > 10_000) throw new Error(`Table ${tableName} did not become ACTIVE`);
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
  } finally {
    client.destroy();
  }
}

async function tableStatus(client: DynamoDBClient, tableName: string) {
  try {
    const { Table } = await client.send(new DescribeTableCommand({ TableName: tableName }));
    const indexes = Table?.GlobalSecondaryIndexes ?? [];
    return indexes.every((index) => index.IndexStatus === 'ACTIVE')
      ? Table?.TableStatus
      : 'CREATING';
  } catch (error) {
    if (error instanceof ResourceNotFoundException) return undefined;
    throw error;
  }
}
