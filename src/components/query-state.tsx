import type { UseQueryResult } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { LoadingView } from './loading-view';

/** A read that failed, and a way to read again: what an error alert needs. */
export interface QueryFailure {
  readonly error: Error;
  readonly onRetry: () => void;
  readonly isRetrying: boolean;
}

interface QueryStateProps<T> {
  readonly query: UseQueryResult<T>;
  /** Said while the data is on its way: "Loading your notes…". */
  readonly loading: string;
  /** The alert for a failed read; each caller words its errors. */
  readonly failed: (failure: QueryFailure) => ReactNode;
  readonly children: (data: T) => ReactNode;
}

/** A section's data: a status while it loads, an alert with "Try again" if it fails, then it. */
export function QueryState<T>({ query, loading, failed, children }: QueryStateProps<T>) {
  if (query.isPending) return <LoadingView label={loading} />;
  if (query.isError) {
    const retry = () => void query.refetch();
    return failed({ error: query.error, onRetry: retry, isRetrying: query.isFetching });
  }
  return children(query.data);
}
