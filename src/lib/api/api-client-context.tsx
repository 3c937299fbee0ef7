import { createContext, type ReactNode, use, useState } from 'react';
import type { ApiClient, ApiClientOptions } from './api-client';

/** The client's dependencies, and the client once a page first asks for it. */
export interface ApiClientHolder {
  readonly options: ApiClientOptions;
  client?: ApiClient;
}

const ApiClientContext = createContext<ApiClientHolder | null>(null);

/**
 * Offers the API client's dependencies to the pages that call the API. The client itself is
 * built by `useApiClient` (use-api-client.ts), so its code loads with those pages and not on
 * /sign-in, which must stay inside its bundle budget.
 */
export function ApiClientProvider({
  children,
  ...options
}: ApiClientOptions & { children: ReactNode }) {
  const [holder] = useState<ApiClientHolder>(() => ({ options }));
  return <ApiClientContext value={holder}>{children}</ApiClientContext>;
}

export function useApiClientHolder(): ApiClientHolder {
  const holder = use(ApiClientContext);
  if (!holder) throw new Error('useApiClient must be used inside <ApiClientProvider>');
  return holder;
}
