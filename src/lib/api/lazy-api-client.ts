import type { ApiClient, ApiClientOptions } from './api-client';

/**
 * The app's one API client, built at start-up so route loaders can use it. Its code loads
 * with the first request, not with the first page: /sign-in must stay inside its budget.
 */
export function createLazyApiClient(options: ApiClientOptions): ApiClient {
  let client: Promise<ApiClient> | undefined;
  const load = () => {
    client ??= import('./api-client').then(({ createApiClient }) => createApiClient(options));
    return client;
  };
  return {
    baseUrl: options.baseUrl,
    request: async (input, requestOptions) => (await load()).request(input, requestOptions),
  };
}
