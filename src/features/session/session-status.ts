import { useSyncExternalStore } from 'react';

/** 'retrying': refreshes keep failing for a passing reason; the session is kept meanwhile. */
export type SessionStatus = 'ok' | 'retrying';

let status: SessionStatus = 'ok';
const listeners = new Set<() => void>();

export function setSessionStatus(next: SessionStatus): void {
  if (next === status) return;
  status = next;
  for (const listener of listeners) listener();
}

const subscribe = (listener: () => void) => {
  listeners.add(listener);
  return () => listeners.delete(listener);
};

/** The session's health, for the header's small status notice. */
export const useSessionStatus = () => useSyncExternalStore(subscribe, () => status);
