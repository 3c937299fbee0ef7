import { type ApiClient, createApiClient } from './api-client';
import { useApiClientHolder } from './api-client-context';

/** The app's API client, built once on first use: one client keeps one shared in-flight refresh. */
export function useApiClient(): ApiClient {
  const holder = useApiClientHolder();
  holder.client ??= createApiClient(holder.options);
  return holder.client;
}
