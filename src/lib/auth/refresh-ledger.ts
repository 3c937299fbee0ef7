import type { RefreshLedger, RotationEntry } from './locked-token-refresher';

const DB_NAME = 'cognito-spa-session';
const STORE = 'rotation';
const KEY = 'last';

interface JwtLike {
  toString(): string;
}

/** Amplify's JWT shape ({ payload, toString }) from the token string. */
function decodeJwt(token: string) {
  const part = (token.split('.')[1] ?? '').replace(/-/g, '+').replace(/_/g, '/');
  const payload = JSON.parse(atob(part)) as Record<string, unknown>;
  return { payload, toString: () => token };
}

/** The token fields a rotation carries; JWTs travel as their strings. */
interface Stored {
  spent: string;
  accessToken: string;
  idToken?: string;
  refreshToken?: string;
  clockDrift: number;
  username: string;
}

function open(): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    const request = indexedDB.open(DB_NAME, 1);
    request.onupgradeneeded = () => request.result.createObjectStore(STORE);
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
}

/** Runs one request in its own transaction and resolves once that transaction is durable. */
async function run<R>(mode: IDBTransactionMode, act: (store: IDBObjectStore) => IDBRequest<R>) {
  const db = await open();
  try {
    return await new Promise<R>((resolve, reject) => {
      const tx = db.transaction(STORE, mode);
      const request = act(tx.objectStore(STORE));
      tx.oncomplete = () => resolve(request.result);
      tx.onerror = () => reject(tx.error);
      tx.onabort = () => reject(tx.error);
    });
  } finally {
    db.close();
  }
}

/**
 * The last refresh-token rotation, in IndexedDB: unlike localStorage, a write committed
 * before the refresh lock is released is seen by the next tab to hold it. Null (no ledger)
 * where IndexedDB is missing; the lock still serialises refreshes there.
 */
export function createRefreshLedger<
  T extends {
    accessToken: JwtLike;
    idToken?: JwtLike;
    refreshToken?: string;
    clockDrift: number;
    username: string;
  },
>(): RefreshLedger<T> | undefined {
  if (typeof indexedDB === 'undefined') return undefined;
  return {
    async read() {
      const value = await run<Stored | undefined>('readonly', (store) => store.get(KEY));
      if (!value) return null;
      const { spent, accessToken, idToken, ...rest } = value;
      const next = {
        ...rest,
        accessToken: decodeJwt(accessToken),
        ...(idToken && { idToken: decodeJwt(idToken) }),
      } as unknown as T;
      return { spent, next } satisfies RotationEntry<T>;
    },
    async write({ spent, next }) {
      const value: Stored = {
        spent,
        accessToken: next.accessToken.toString(),
        ...(next.idToken && { idToken: next.idToken.toString() }),
        ...(next.refreshToken && { refreshToken: next.refreshToken }),
        clockDrift: next.clockDrift,
        username: next.username,
      };
      await run('readwrite', (store) => store.put(value, KEY));
    },
  };
}

/** Forgets the last rotation (on sign-out: it holds live tokens). */
export async function clearRefreshLedger(): Promise<void> {
  if (typeof indexedDB === 'undefined') return;
  await run('readwrite', (store) => store.delete(KEY)).catch(() => undefined);
}
