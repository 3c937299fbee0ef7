import { createContext, type ReactNode, use, useState } from 'react';
import { type ApiClient, type ApiClientOptions, createApiClient } from './api-client';

const ApiClientContext = createContext<ApiClient | null>(null);

/** Builds the API client once from its dependencies and offers it to the hooks below. */
export function ApiClientProvider({
  children,
  ...options
}: ApiClientOptions & { children: ReactNode }) {
  // Built once: a new client per render would lose the shared in-flight refresh.
  const [client] = useState(() => createApiClient(options));
  return <ApiClientContext value={client}>{children}</ApiClientContext>;
}

/** The app's API client; only usable below <ApiClientProvider>. */
export function useApiClient(): ApiClient {
  const client = use(ApiClientContext);
  if (!client) throw new Error('useApiClient must be used inside <ApiClientProvider>');
  return client;
}
