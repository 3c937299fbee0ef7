import { createContext, type ReactNode, use, useSyncExternalStore } from 'react';
import type { Session } from './create-session';
import type { SessionStatus } from './session-status';

const SessionContext = createContext<Session | null>(null);

/** Hands the session built at start-up to the components that need it. */
export function SessionProvider({ session, children }: { session: Session; children: ReactNode }) {
  return <SessionContext value={session}>{children}</SessionContext>;
}

export function useSession(): Session {
  const session = use(SessionContext);
  if (!session) throw new Error('useSession must be used inside <SessionProvider>');
  return session;
}

/** The session's health, for the header's small status notice. */
export function useSessionStatus(): SessionStatus {
  const { status } = useSession();
  return useSyncExternalStore(status.subscribe, status.getSnapshot);
}
