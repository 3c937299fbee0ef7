import { createContext, useSyncExternalStore } from 'react';
import { useRequired } from '../react/use-required';
import type { Session } from './create-session';
import type { SessionStatus } from './session-status';

/** Hands the session built at start-up to the components that need it. */
export const SessionProvider = createContext<Session | null>(null);

export const useSession = (): Session => useRequired(SessionProvider, 'The session');

/** The session's health, for the header's small status notice. */
export function useSessionStatus(): SessionStatus {
  const { status } = useSession();
  // Pre-rendered pages show a healthy session, as the store starts.
  return useSyncExternalStore(status.subscribe, status.getSnapshot, status.getSnapshot);
}
