import { createLazyApiClient } from '../lib/api/lazy-api-client';
import { getAccessToken } from '../lib/auth/get-access-token';
import type { AppConfig } from '../lib/config/types';
import { createQueryClient } from '../lib/query/create-query-client';
import { createSession } from '../lib/session/create-session';
import type { RouteContext } from './route-context';

/**
 * The app's services, each built once; loaders get them as their context. Building them
 * calls nothing (no Amplify, no network), so the pre-renderer builds the same ones.
 */
export function createServices(config: AppConfig): RouteContext {
  const queryClient = createQueryClient();
  const session = createSession({
    clientId: config.userPoolClientId,
    queryClient,
    redirectSignIn: Boolean(config.oauth),
  });
  const apiClient = createLazyApiClient({
    baseUrl: config.apiUrl,
    getAccessToken,
    onSessionEnded: () => void session.endSession(),
  });
  return { config, queryClient, apiClient, session };
}
