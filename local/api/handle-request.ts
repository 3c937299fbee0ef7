import { type Authenticator, createAuthenticator } from './authenticate.ts';
import { createRevocationChecker } from './check-revocation.ts';
import { corsHeaders, preflightReply } from './cors.ts';
import { createJwksCache } from './jwks-fetcher.ts';
import { type ApiOptions, type ResolvedOptions, resolveOptions } from './options.ts';
import { errorReply, type Reply, SECURITY_HEADERS, toResponse } from './respond.ts';
import { cacheRevocation } from './revocation-cache.ts';
import { matchRoute } from './router.ts';
import type { DynamoStore } from './store/dynamo-store.ts';
import { createAccessTokenVerifier } from './verify-access-token.ts';

/** The whole API: never rejects, every failure is an HTTP answer. */
export type ApiHandler = (request: Request) => Promise<Response>;

interface Deps {
  config: ResolvedOptions;
  authenticator: Authenticator;
  store: DynamoStore;
}

/**
 * The demo API, independent of transport: the node:http server (server.ts), Lambda behind API
 * Gateway (lambda-adapter.ts) and the component tests' MSW handlers (msw-handlers.ts) serve it. The JWKS and the revocation check are
 * fetched with the platform fetch, so under MSW they reach whatever answers for Cognito there.
 */
export function createApiHandler(options: ApiOptions): ApiHandler {
  const config = resolveOptions(options);
  const verifier = createAccessTokenVerifier({
    issuer: config.issuer,
    jwksUri: config.jwksUri,
    clientIds: config.clientIds,
    jwksCache: createJwksCache(config.unknownKidCooldownSeconds),
  });
  const fresh = config.cognitoEndpoint
    ? createRevocationChecker(config.cognitoEndpoint)
    : undefined;
  const revocation = fresh && {
    fresh,
    cached: cacheRevocation(fresh, { ttlSeconds: options.revocationCacheSeconds }),
  };
  const deps: Deps = {
    config,
    authenticator: createAuthenticator(verifier, revocation),
    store: options.store,
  };
  return (request) => handle(request, deps);
}

async function handle(req: Request, deps: Deps): Promise<Response> {
  const started = Date.now();
  const pathname = new URL(req.url).pathname;
  let note = '';
  let reply: Reply;
  try {
    const routed = await route(req, pathname, deps);
    reply = routed.reply;
    note = routed.note;
  } catch (err) {
    note = `error ${err instanceof Error ? err.name : 'unknown'}`;
    reply = errorReply(500, 'server_error', 'Internal error');
  }
  const cors =
    req.method === 'OPTIONS'
      ? {}
      : corsHeaders(req.headers.get('origin') ?? undefined, deps.config.allowedOrigins);
  // Path only: query strings are where careless clients put tokens.
  deps.config.log(
    `${req.method} ${pathname} ${reply.status} ${Date.now() - started}ms${note ? ` ${note}` : ''}`,
  );
  return toResponse(reply, { ...SECURITY_HEADERS, ...cors });
}

async function route(
  req: Request,
  pathname: string,
  { config, authenticator, store }: Deps,
): Promise<{ reply: Reply; note: string }> {
  if (req.method === 'OPTIONS') {
    const origin = req.headers.get('origin') ?? undefined;
    return { reply: preflightReply(origin, config.allowedOrigins), note: '' };
  }
  const match = matchRoute(req.method, pathname);
  if (match.kind === 'not-found') {
    return { reply: errorReply(404, 'not_found', 'No such route'), note: '' };
  }
  if (match.kind === 'method-not-allowed') {
    const reply = errorReply(405, 'method_not_allowed', 'Method not allowed', {
      allow: match.allow,
    });
    return { reply, note: '' };
  }
  const { route: found, params } = match;
  if (found.auth === 'none') return { reply: await found.handle({ req, params }), note: '' };

  const auth = await authenticator.authenticate(req, found.auth);
  if (!auth.ok) return { reply: auth.reply, note: auth.reason };
  const user = await store.seeUser(auth.claims.sub, usernameOf(auth.claims));
  const reply = await found.handle({
    req,
    params,
    claims: auth.claims,
    user,
    store,
    adminGroup: config.adminGroup,
  });
  return { reply, note: `user=${user.id}` };
}

function usernameOf(claims: { sub: string; username?: unknown }): string {
  return typeof claims.username === 'string' ? claims.username : claims.sub;
}
