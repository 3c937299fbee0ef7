import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { type Authenticator, createAuthenticator } from './authenticate.ts';
import { createRevocationChecker } from './check-revocation.ts';
import { corsHeaders, preflightReply } from './cors.ts';
import { createJwksCache } from './jwks-fetcher.ts';
import { type ApiServerOptions, type ResolvedOptions, resolveOptions } from './options.ts';
import { errorReply, type Reply, SECURITY_HEADERS, sendReply } from './respond.ts';
import { matchRoute } from './router.ts';
import { MemoryStore } from './store.ts';
import { createAccessTokenVerifier } from './verify-access-token.ts';

export type { ApiServerOptions } from './options.ts';

export interface RunningApiServer {
  url: string;
  port: number;
  close(): Promise<void>;
}

export function createApiServer(options: ApiServerOptions): Server {
  const config = resolveOptions(options);
  const verifier = createAccessTokenVerifier({
    issuer: config.issuer,
    jwksUri: config.jwksUri,
    clientIds: config.clientIds,
    jwksCache: createJwksCache(config.unknownKidCooldownSeconds),
  });
  const checkRevocation = config.cognitoEndpoint
    ? createRevocationChecker(config.cognitoEndpoint)
    : undefined;
  const authenticator = createAuthenticator(verifier, checkRevocation);
  const store = new MemoryStore();

  return createServer((req, res) => {
    void handle(req, res, { config, authenticator, store });
  });
}

export async function startApiServer(options: ApiServerOptions): Promise<RunningApiServer> {
  const config = resolveOptions(options);
  const server = createApiServer(options);
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(config.port, config.host, () => {
      server.off('error', reject);
      resolve();
    });
  });
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://${config.host}:${port}`,
    port,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.close((err) => (err ? reject(err) : resolve()));
        // Keep-alive sockets would otherwise hold close() open until they time out.
        server.closeAllConnections();
      }),
  };
}

interface Deps {
  config: ResolvedOptions;
  authenticator: Authenticator;
  store: MemoryStore;
}

async function handle(req: IncomingMessage, res: ServerResponse, deps: Deps): Promise<void> {
  const started = Date.now();
  const pathname = safePathname(req.url);
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
  for (const [name, value] of Object.entries(SECURITY_HEADERS)) res.setHeader(name, value);
  const allowedOrigins = deps.config.allowedOrigins;
  if (req.method !== 'OPTIONS') {
    for (const [name, value] of Object.entries(corsHeaders(req.headers.origin, allowedOrigins))) {
      res.setHeader(name, value);
    }
  }
  if (!res.headersSent && !res.destroyed) sendReply(res, reply);
  // Path only: query strings are where careless clients put tokens.
  deps.config.log(
    `${req.method} ${pathname} ${reply.status} ${Date.now() - started}ms${note ? ` ${note}` : ''}`,
  );
}

async function route(
  req: IncomingMessage,
  pathname: string,
  { config, authenticator, store }: Deps,
): Promise<{ reply: Reply; note: string }> {
  if (req.method === 'OPTIONS') {
    return { reply: preflightReply(req.headers.origin, config.allowedOrigins), note: '' };
  }
  const match = matchRoute(req.method ?? '', pathname);
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

  const auth = await authenticator.authenticate(req, found.auth === 'sensitive');
  if (!auth.ok) return { reply: auth.reply, note: auth.reason };
  const user = store.seeUser(auth.claims.sub, usernameOf(auth.claims));
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

function safePathname(url: string | undefined): string {
  try {
    return new URL(url ?? '/', 'http://localhost').pathname;
  } catch {
    return '/';
  }
}
