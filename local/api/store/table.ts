import type { CreateTableCommandInput } from '@aws-sdk/client-dynamodb';

/**
 * The API's one DynamoDB table, described once: the CDK construct (infra/lib/api-table.ts) and
 * the local launcher (local/stack/start-dynalite.ts) both build it from here, so the deployed
 * table and dynalite's cannot drift apart.
 *
 * | item          | pk                 | sk              | other                                  |
 * | ------------- | ------------------ | --------------- | -------------------------------------- |
 * | a user        | `SUB#<cognito sub>`| `USER`          | id, sub, username, createdAt, lastSeenAt, kind=`user` |
 * | one note      | `NOTES#<user id>`  | `NOTE#<note id>`| id, text, createdAt                    |
 *
 * Users are found by the verified `sub` in one GetItem. Notes live under the API's own user id
 * (a partition per user), so listing is one Query, newest first because note ids sort by time.
 * Only user items carry `kind`, so the `byKind` index is sparse: the admin list reads users and
 * never a note.
 */
export const API_TABLE = {
  partitionKey: 'pk',
  sortKey: 'sk',
  usersIndex: { name: 'byKind', partitionKey: 'kind', sortKey: 'createdAt' },
} as const;

/** The default table name locally; the deployed stack lets CloudFormation name it. */
export const LOCAL_TABLE_NAME = 'cognito-spa-api';

export const USER_KIND = 'user';

export const keys = {
  user: (sub: string) => ({ [API_TABLE.partitionKey]: `SUB#${sub}`, [API_TABLE.sortKey]: 'USER' }),
  notesOf: (userId: string) => `NOTES#${userId}`,
  note: (userId: string, noteId: string) => ({
    [API_TABLE.partitionKey]: `NOTES#${userId}`,
    [API_TABLE.sortKey]: `NOTE#${noteId}`,
  }),
};

/** CreateTable for dynalite, equal in keys and index to what infra/lib/api-table.ts deploys. */
export function createTableInput(tableName: string): CreateTableCommandInput {
  const { partitionKey, sortKey, usersIndex } = API_TABLE;
  return {
    TableName: tableName,
    BillingMode: 'PAY_PER_REQUEST',
    AttributeDefinitions: [
      { AttributeName: partitionKey, AttributeType: 'S' },
      { AttributeName: sortKey, AttributeType: 'S' },
      { AttributeName: usersIndex.partitionKey, AttributeType: 'S' },
      { AttributeName: usersIndex.sortKey, AttributeType: 'S' },
    ],
    KeySchema: [
      { AttributeName: partitionKey, KeyType: 'HASH' },
      { AttributeName: sortKey, KeyType: 'RANGE' },
    ],
    GlobalSecondaryIndexes: [
      {
        IndexName: usersIndex.name,
        KeySchema: [
          { AttributeName: usersIndex.partitionKey, KeyType: 'HASH' },
          { AttributeName: usersIndex.sortKey, KeyType: 'RANGE' },
        ],
        // Keys only: updating lastSeenAt then never writes to the index (one partition for all
        // users), and the list reads the records themselves with BatchGetItem.
        Projection: { ProjectionType: 'KEYS_ONLY' },
      },
    ],
  };
}
