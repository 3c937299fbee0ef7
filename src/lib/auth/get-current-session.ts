import {
  type FetchQueryOptions,
  type QueryClient,
  type QueryKey,
  queryOptions,
  useSuspenseQuery,
} from '@tanstack/react-query';
import { fetchAuthSession, getCurrentUser } from 'aws-amplify/auth';
import { cognitoUserPoolsTokenProvider } from 'aws-amplify/auth/cognito';
import { claimsQueryKey } from './get-id-token-claims';

/** Who is signed in, as far as the UI needs to know; tokens never leave the service layer. */
export interface CurrentSession {
  readonly username: string;
  readonly userId: string;
  /** What the user typed to sign in (username, email or phone), when Amplify kept it. */
  readonly loginId?: string;
  /** The ID token's `email` claim, when the pool issues one. */
  readonly email?: string;
  /** The ID token's `cognito:groups` (empty when none); for showing, never for enforcing. */
  readonly groups?: readonly string[];
  /** The ID token's `locale` claim: the language the user chose (lib/i18n), when set. */
  readonly locale?: string;
}

export const sessionQueryKey = ['auth', 'session'] as const;

type Claims = Record<string, unknown>;

function fromClaims(user: { username: string; userId: string; loginId?: string }, id: Claims) {
  const groups = id['cognito:groups'];
  return {
    ...user,
    ...(typeof id.email === 'string' && { email: id.email }),
    ...(typeof id.locale === 'string' && { locale: id.locale }),
    groups: Array.isArray(groups) ? groups.filter((g) => typeof g === 'string') : [],
  } satisfies CurrentSession;
}

/** Who the stored tokens belong to, read without refreshing them. */
async function readStoredSession(): Promise<CurrentSession | null> {
  const tokens = await cognitoUserPoolsTokenProvider.tokenOrchestrator.getTokenStore().loadTokens();
  const { sub, username } = tokens?.accessToken.payload ?? {};
  if (!tokens || typeof sub !== 'string' || typeof username !== 'string') return null;
  const loginId = tokens.signInDetails?.loginId;
  return fromClaims(
    { username, userId: sub, ...(loginId && { loginId }) },
    tokens.idToken?.payload ?? {},
  );
}

/** The signed-in user, or null when nobody is signed in. Refreshes tokens if they are due. */
export async function getCurrentSession(): Promise<CurrentSession | null> {
  let tokens: Awaited<ReturnType<typeof fetchAuthSession>>['tokens'];
  try {
    ({ tokens } = await fetchAuthSession());
  } catch (error) {
    // A refresh that failed for a passing reason (offline, throttled) keeps the session:
    // the stored tokens still say who is signed in while the session layer retries.
    const stored = await readStoredSession();
    if (stored) return stored;
    throw error;
  }
  if (!tokens) return null;
  const user = await getCurrentUser();
  const loginId = user.signInDetails?.loginId;
  return fromClaims(
    { username: user.username, userId: user.userId, ...(loginId && { loginId }) },
    tokens.idToken?.payload ?? {},
  );
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

/** Makes the cache say "signed out" at once, without another round trip. */
export function forgetSession(queryClient: QueryClient): void {
  queryClient.setQueryData(sessionQueryKey, null);
  queryClient.removeQueries({ queryKey: claimsQueryKey });
}

/** Whether someone is signed in, from the session read the gate's loader shares. */
export const isSignedIn = async (queryClient: QueryClient): Promise<boolean> =>
  Boolean(await queryClient.ensureQueryData(getSessionQueryOptions()));

/**
 * Starts a page's API read from its loader without waiting for it: the page shows its own
 * loading and error states. Signed out, nothing is read: the gate is sending the visitor to
 * sign-in, and an API call without a token would end a session that never began.
 */
export async function prefetchWhenSignedIn<T, TKey extends QueryKey>(
  queryClient: QueryClient,
  options: FetchQueryOptions<T, Error, T, TKey>,
): Promise<void> {
  if (await isSignedIn(queryClient)) void queryClient.prefetchQuery(options);
}
