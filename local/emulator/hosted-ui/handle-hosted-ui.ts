import type { Emulator } from '../core/emulator.ts';
import type { PlainRequest, PlainResponse } from '../http/handle-request.ts';
import { authorize, errorPage, idpPage, idpResponse } from './authorize.ts';
import { logout } from './logout.ts';
import { token } from './token.ts';
import { userInfo } from './user-info.ts';

type Handler = (emulator: Emulator, req: PlainRequest) => PlainResponse | Promise<PlainResponse>;

// The hosted domain's endpoints Amplify uses, plus the stand-in provider's page.
const ROUTES: Record<string, Partial<Record<string, Handler>>> = {
  '/oauth2/authorize': { GET: authorize },
  '/oauth2/idpresponse': { POST: idpResponse },
  '/oauth2/token': { POST: token },
  '/oauth2/userInfo': { GET: userInfo, POST: userInfo },
  '/logout': { GET: logout },
  '/error': { GET: (_emulator, req) => errorPage(req) },
};

const IDP_PAGE = /^\/_local\/idp\/[^/]+$/;

/** Answers a hosted-domain request, or returns undefined for paths that are not the hosted domain's. */
export function handleHostedUi(
  emulator: Emulator,
  req: PlainRequest,
): Promise<PlainResponse> | undefined {
  const path = req.url.pathname;
  const methods = Object.hasOwn(ROUTES, path)
    ? ROUTES[path]
    : IDP_PAGE.test(path)
      ? { GET: idpPage }
      : undefined;
  if (!methods) return undefined;
  const handler = methods[req.method];
  if (!handler) {
    return Promise.resolve({
      status: 405,
      headers: { allow: Object.keys(methods).join(', '), 'content-type': 'text/plain' },
      body: 'Method not allowed',
    });
  }
  return Promise.resolve()
    .then(() => handler(emulator, req))
    .catch((error: unknown) => {
      console.error('[cognito-local] hosted domain internal error', error);
      return {
        status: 500,
        headers: { 'content-type': 'text/plain' },
        body: 'Internal server error',
      };
    });
}
