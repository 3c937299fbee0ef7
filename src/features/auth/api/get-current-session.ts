import { queryOptions, useSuspenseQuery } from '@tanstack/react-query';
import { fetchAuthSession, getCurrentUser } from 'aws-amplify/auth';

/** Who is signed in, as far as the UI needs to know; tokens never leave the service layer. */
export interface CurrentSession {
  readonly username: string;
  readonly userId: string;
  /** What the user typed to sign in (username, email or phone), when Amplify kept it. */
  readonly loginId?: string;
}

export const sessionQueryKey = ['auth', 'session'] as const;

/** The signed-in user, or null when nobody is signed in. Refreshes tokens if they are due. */
export async function getCurrentSession(): Promise<CurrentSession | null> {
  const { tokens } = await fetchAuthSession();
  if (!tokens) return null;
  const user = await getCurrentUser();
  const loginId = user.signInDetails?.loginId;
  return { username: user.username, userId: user.userId, ...(loginId && { loginId }) };
}

export const getSessionQueryOptions = () =>
  queryOptions({
    queryKey: sessionQueryKey,
    queryFn: getCurrentSession,
    // Amplify already retries network calls; retrying here only delays the answer.
    retry: false,
    staleTime: 30_000,
  });

/** The current session; route loaders warm it, so this never suspends on first render. */
export const useCurrentSession = () => useSuspenseQuery(getSessionQueryOptions()).data;
