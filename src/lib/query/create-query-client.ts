import {
  MutationCache,
  QueryCache,
  QueryClient,
  type QueryClientConfig,
  type QueryKey,
} from '@tanstack/react-query';
import { getAuthErrorName } from '../auth/auth-error-name';

/** What a query or mutation may tell the client about itself. */
interface FailureMeta {
  /** Error names that are an expected outcome here (a 403 for non-admins), so not logged. */
  readonly expectedErrors?: readonly string[];
}

declare module '@tanstack/react-query' {
  interface Register {
    queryMeta: FailureMeta;
    mutationMeta: FailureMeta;
  }
}

/**
 * `[auth] sign-up failed: UsernameExistsException`: the key's first part names the area, its
 * last the operation. Only the error's name: messages and inputs may hold user data or tokens.
 */
function logFailure(key: QueryKey = ['app', 'request'], error: unknown, meta?: FailureMeta) {
  const name = getAuthErrorName(error);
  if (meta?.expectedErrors?.includes(name)) return;
  console.error(`[${key[0]}] ${key[key.length - 1]} failed: ${name}`);
}

/** The app's query client: every failed query and mutation is logged here, and only here. */
export function createQueryClient(
  config: Omit<QueryClientConfig, 'queryCache' | 'mutationCache'> = {},
) {
  return new QueryClient({
    ...config,
    queryCache: new QueryCache({
      onError: (error, query) => logFailure(query.queryKey, error, query.meta),
    }),
    mutationCache: new MutationCache({
      onError: (error, _variables, _result, mutation) =>
        logFailure(mutation.options.mutationKey, error, mutation.meta),
    }),
  });
}
