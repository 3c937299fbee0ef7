import { HttpResponse, http, type RequestHandler } from 'msw';
import type { Emulator } from '../core/emulator.ts';
import { handleRequest } from '../http/handle-request.ts';

/**
 * The same emulator behind MSW, for component tests: every request under `endpoint`
 * (the app's `cognitoEndpoint`) is answered by the in-memory core, no socket involved.
 */
export function cognitoHandlers(emulator: Emulator, endpoint: string): RequestHandler[] {
  const base = endpoint.replace(/\/$/, '');
  return [
    http.all(`${base}/*`, async ({ request }) => answer(emulator, request)),
    http.all(base, async ({ request }) => answer(emulator, request)),
  ];
}

async function answer(emulator: Emulator, request: Request): Promise<Response> {
  const out = await handleRequest(emulator, {
    method: request.method,
    url: new URL(request.url),
    headers: request.headers,
    body: request.method === 'GET' || request.method === 'OPTIONS' ? '' : await request.text(),
  });
  return new HttpResponse(out.status === 204 ? null : out.body, {
    status: out.status,
    headers: out.headers,
  });
}
