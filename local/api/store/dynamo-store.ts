import type { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import {
  BatchGetCommand,
  BatchWriteCommand,
  DeleteCommand,
  DynamoDBDocumentClient,
  GetCommand,
  PutCommand,
  QueryCommand,
  UpdateCommand,
} from '@aws-sdk/lib-dynamodb';
import { decodeCursor, encodeCursor } from './cursor.ts';
import { isNoteId, newNoteId } from './note-id.ts';
import { API_TABLE, keys, USER_KIND } from './table.ts';
import {
  type ApiUser,
  DEFAULT_PAGE_SIZE,
  InvalidCursorError,
  MAX_PAGE_SIZE,
  type Note,
  type NotesPage,
  type PageRequest,
} from './types.ts';

export interface DynamoStoreOptions {
  /** A DynamoDB client for AWS or for dynalite (local/stack/start-dynalite.ts). */
  client: DynamoDBClient;
  tableName: string;
}

type Item = Record<string, unknown>;

// lastSeenAt is kept to the minute: writing it on every request would turn each read into a
// write (twice the cost, and a write per call on the user's item).
const LAST_SEEN_RESOLUTION_MS = 60_000;
const BATCH_GET_MAX = 100;
const BATCH_WRITE_MAX = 25;
const BATCH_ATTEMPTS = 8;

const { partitionKey: PK, sortKey: SK, usersIndex } = API_TABLE;

/**
 * Users and notes in DynamoDB (table.ts has the key design). Every method is one or a few
 * single-item or single-partition calls, so the cost of a request does not grow with the
 * number of users.
 */
export class DynamoStore {
  private readonly doc: DynamoDBDocumentClient;
  private readonly table: string;

  constructor(options: DynamoStoreOptions) {
    this.doc = DynamoDBDocumentClient.from(options.client, {
      marshallOptions: { removeUndefinedValues: true },
    });
    this.table = options.tableName;
  }

  /** Finds the user for a verified Cognito sub, creating it on first sight. */
  async seeUser(sub: string, username: string, now = new Date()): Promise<ApiUser> {
    const found = await this.doc.send(
      new GetCommand({ TableName: this.table, Key: keys.user(sub) }),
    );
    const existing = found.Item && toUser(found.Item);
    const sinceSeen = existing ? now.getTime() - Date.parse(existing.lastSeenAt) : -1;
    if (existing?.username === username && sinceSeen >= 0 && sinceSeen < LAST_SEEN_RESOLUTION_MS) {
      return existing;
    }
    const at = now.toISOString();
    // One atomic upsert: two first requests of a new user at once both get the same id, since
    // if_not_exists keeps whichever id was written first.
    const updated = await this.doc.send(
      new UpdateCommand({
        TableName: this.table,
        Key: keys.user(sub),
        UpdateExpression:
          'SET #id = if_not_exists(#id, :id), #createdAt = if_not_exists(#createdAt, :at), ' +
          '#sub = :sub, #kind = :kind, #username = :username, #lastSeenAt = :at',
        ExpressionAttributeNames: {
          '#id': 'id',
          '#createdAt': 'createdAt',
          '#sub': 'sub',
          '#kind': usersIndex.partitionKey,
          '#username': 'username',
          '#lastSeenAt': 'lastSeenAt',
        },
        ExpressionAttributeValues: {
          ':id': crypto.randomUUID(),
          ':at': at,
          ':sub': sub,
          ':kind': USER_KIND,
          ':username': username,
        },
        ReturnValues: 'ALL_NEW',
      }),
    );
    return toUser(updated.Attributes ?? {});
  }

  /** Every user, oldest first: for the admin page, read through the sparse users index. */
  async listUsers(): Promise<ApiUser[]> {
    const userKeys: Item[] = [];
    let start: Item | undefined;
    do {
      const page = await this.doc.send(
        new QueryCommand({
          TableName: this.table,
          IndexName: usersIndex.name,
          KeyConditionExpression: '#kind = :kind',
          ExpressionAttributeNames: { '#kind': usersIndex.partitionKey },
          ExpressionAttributeValues: { ':kind': USER_KIND },
          ExclusiveStartKey: start,
        }),
      );
      for (const item of page.Items ?? []) userKeys.push({ [PK]: item[PK], [SK]: item[SK] });
      start = page.LastEvaluatedKey;
    } while (start);
    const bySub = new Map<string, ApiUser>();
    for (let i = 0; i < userKeys.length; i += BATCH_GET_MAX) {
      for (const item of await this.batchGet(userKeys.slice(i, i + BATCH_GET_MAX))) {
        const user = toUser(item);
        bySub.set(user.sub, user);
      }
    }
    // BatchGetItem answers in any order; the index's order is the one to keep.
    return userKeys.flatMap((key) => {
      const user = bySub.get(String(key[PK]).slice('SUB#'.length));
      return user ? [user] : [];
    });
  }

  /** All of the user's notes, newest first (an export reads them all). */
  async listNotes(userId: string): Promise<Note[]> {
    const notes: Note[] = [];
    let start: Item | undefined;
    do {
      const page = await this.queryNotes(userId, { start });
      notes.push(...(page.Items ?? []).map(toNote));
      start = page.LastEvaluatedKey;
    } while (start);
    return notes;
  }

  /**
   * One page of the user's notes, newest first. Throws InvalidCursorError for a cursor this
   * store did not hand out.
   */
  async listNotesPage(userId: string, request: PageRequest = {}): Promise<NotesPage> {
    const limit = Math.min(
      Math.max(Math.trunc(request.limit ?? DEFAULT_PAGE_SIZE), 1),
      MAX_PAGE_SIZE,
    );
    let start: Item | undefined;
    if (request.cursor !== undefined) {
      const after = decodeCursor(request.cursor);
      if (!after) throw new InvalidCursorError();
      start = keys.note(userId, after);
    }
    // One more than asked: a cursor is handed out only when a next page really exists, so a
    // "Load more" never leads to an empty page.
    const page = await this.queryNotes(userId, { start, limit: limit + 1 });
    const notes = (page.Items ?? []).map(toNote);
    if (notes.length <= limit) return { notes };
    const shown = notes.slice(0, limit);
    return { notes: shown, nextCursor: encodeCursor(shown[shown.length - 1]?.id ?? '') };
  }

  async addNote(userId: string, text: string, now = new Date()): Promise<Note> {
    const note: Note = { id: newNoteId(now), text, createdAt: now.toISOString() };
    await this.doc.send(
      new PutCommand({
        TableName: this.table,
        Item: { ...keys.note(userId, note.id), ...note },
        // Never overwrite: a colliding id must fail loudly rather than replace someone's note.
        ConditionExpression: 'attribute_not_exists(#pk)',
        ExpressionAttributeNames: { '#pk': PK },
      }),
    );
    return note;
  }

  /** The user's record and notes, or undefined when the API has never seen `sub`. */
  async exportUser(sub: string): Promise<{ user: ApiUser; notes: Note[] } | undefined> {
    const user = await this.getUser(sub);
    if (!user) return undefined;
    return { user, notes: await this.listNotes(user.id) };
  }

  /**
   * Forgets the user's record and everything kept under its id. False when there was nothing
   * to forget, which callers treat as success: the caller wanted it gone.
   */
  async deleteUser(sub: string): Promise<boolean> {
    const user = await this.getUser(sub);
    if (!user) return false;
    // Notes first, the record last: if this stops halfway, a retry still finds the record and
    // with it the notes' partition. A note created while this runs is swept up afterwards.
    await this.deleteAllNotes(user.id);
    try {
      await this.doc.send(
        new DeleteCommand({
          TableName: this.table,
          Key: keys.user(sub),
          ConditionExpression: '#id = :id',
          ExpressionAttributeNames: { '#id': 'id' },
          ExpressionAttributeValues: { ':id': user.id },
        }),
      );
    } catch (error) {
      // Gone already: a concurrent delete of the same user finished first.
      if (!isConditionFailure(error)) throw error;
    }
    await this.deleteAllNotes(user.id);
    return true;
  }

  /** False when the note does not exist or belongs to someone else: callers must not tell which. */
  async deleteNote(userId: string, noteId: string): Promise<boolean> {
    if (!isNoteId(noteId)) return false;
    try {
      await this.doc.send(
        new DeleteCommand({
          TableName: this.table,
          Key: keys.note(userId, noteId),
          // The key includes the caller's own user id, so another user's note is never found.
          ConditionExpression: 'attribute_exists(#pk)',
          ExpressionAttributeNames: { '#pk': PK },
        }),
      );
      return true;
    } catch (error) {
      if (isConditionFailure(error)) return false;
      throw error;
    }
  }

  private async getUser(sub: string): Promise<ApiUser | undefined> {
    const found = await this.doc.send(
      new GetCommand({ TableName: this.table, Key: keys.user(sub), ConsistentRead: true }),
    );
    return found.Item && toUser(found.Item);
  }

  private queryNotes(
    userId: string,
    options: { start?: Item; limit?: number; keysOnly?: boolean },
  ) {
    return this.doc.send(
      new QueryCommand({
        TableName: this.table,
        KeyConditionExpression: '#pk = :pk',
        ExpressionAttributeNames: { '#pk': PK, ...(options.keysOnly && { '#sk': SK }) },
        ExpressionAttributeValues: { ':pk': keys.notesOf(userId) },
        ...(options.keysOnly && { ProjectionExpression: '#pk, #sk' }),
        // Newest first, since note ids sort by time.
        ScanIndexForward: false,
        // A note just written must show in the list the writer reloads.
        ConsistentRead: true,
        Limit: options.limit,
        ExclusiveStartKey: options.start,
      }),
    );
  }

  private async deleteAllNotes(userId: string): Promise<void> {
    for (;;) {
      const page = await this.queryNotes(userId, { keysOnly: true, limit: 250 });
      const found = page.Items ?? [];
      if (found.length === 0) return;
      for (let i = 0; i < found.length; i += BATCH_WRITE_MAX) {
        const requests = found
          .slice(i, i + BATCH_WRITE_MAX)
          .map((item) => ({ DeleteRequest: { Key: { [PK]: item[PK], [SK]: item[SK] } } }));
        await this.batchWrite(requests);
      }
    }
  }

  private async batchGet(wanted: Item[]): Promise<Item[]> {
    const items: Item[] = [];
    let pending: Item[] = wanted;
    for (let attempt = 0; pending.length > 0; attempt++) {
      if (attempt === BATCH_ATTEMPTS) throw new Error('BatchGetItem kept leaving keys unprocessed');
      if (attempt > 0) await backOff(attempt);
      const out = await this.doc.send(
        new BatchGetCommand({ RequestItems: { [this.table]: { Keys: pending } } }),
      );
      items.push(...(out.Responses?.[this.table] ?? []));
      pending = (out.UnprocessedKeys?.[this.table]?.Keys as Item[] | undefined) ?? [];
    }
    return items;
  }

  private async batchWrite(requests: { DeleteRequest: { Key: Item } }[]): Promise<void> {
    let pending = requests;
    for (let attempt = 0; pending.length > 0; attempt++) {
      if (attempt === BATCH_ATTEMPTS)
        throw new Error('BatchWriteItem kept leaving items unprocessed');
      if (attempt > 0) await backOff(attempt);
      const out = await this.doc.send(
        new BatchWriteCommand({ RequestItems: { [this.table]: pending } }),
      );
      pending = (out.UnprocessedItems?.[this.table] as typeof requests | undefined) ?? [];
    }
  }
}

function toUser(item: Item): ApiUser {
  return {
    id: String(item.id),
    sub: String(item.sub),
    username: String(item.username),
    createdAt: String(item.createdAt),
    lastSeenAt: String(item.lastSeenAt),
  };
}

function toNote(item: Item): Note {
  return { id: String(item.id), text: String(item.text), createdAt: String(item.createdAt) };
}

function isConditionFailure(error: unknown): boolean {
  return (error as { name?: unknown } | null)?.name === 'ConditionalCheckFailedException';
}

// Unprocessed items mean the table is throttling: wait longer each time, with jitter.
function backOff(attempt: number): Promise<void> {
  const ms = Math.random() * Math.min(1_000, 25 * 2 ** attempt);
  return new Promise((resolve) => setTimeout(resolve, ms));
}
