/** 'retrying': refreshes keep failing for a passing reason; the session is kept meanwhile. */
export type SessionStatus = 'ok' | 'retrying';

/** The session's health as React reads it (useSyncExternalStore's subscribe and getSnapshot). */
export interface SessionStatusStore {
  subscribe(listener: () => void): () => void;
  getSnapshot(): SessionStatus;
}

/** A status store for one session; only the session itself gets `set`. */
export function createSessionStatus(): SessionStatusStore & { set(next: SessionStatus): void } {
  let status: SessionStatus = 'ok';
  const listeners = new Set<() => void>();
  return {
    subscribe(listener) {
      listeners.add(listener);
      return () => {
        listeners.delete(listener);
      };
    },
    getSnapshot: () => status,
    set(next) {
      if (next === status) return;
      status = next;
      for (const listener of listeners) listener();
    },
  };
}
