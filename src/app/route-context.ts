import type { QueryClient } from '@tanstack/react-query';
import type { ApiClient } from '../lib/api/api-client';
import type { AppConfig } from '../lib/config/types';
import type { Session } from '../lib/session/create-session';

/** What every route loader is given: the app's services, each built once at start-up. */
export interface RouteContext {
  readonly config: AppConfig;
  readonly queryClient: QueryClient;
  readonly apiClient: ApiClient;
  readonly session: Session;
}
