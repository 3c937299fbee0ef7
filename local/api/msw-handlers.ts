import { http, type RequestHandler } from 'msw';
import type { ApiHandler } from './handle-request.ts';

/**
 * The API behind MSW, for component tests: every request under `apiUrl` (the app's `apiUrl`) is
 * answered by the same handler the HTTP server runs, no socket involved.
 */
export function apiHandlers(handle: ApiHandler, apiUrl: string): RequestHandler[] {
  const base = apiUrl.replace(/\/$/, '');
  return [http.all(`${base}/*`, ({ request }) => handle(request))];
}
