import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { type ApiHandler, createApiHandler } from './handle-request.ts';
import type { ApiServerOptions } from './options.ts';
import { errorReply, SECURITY_HEADERS, toResponse } from './respond.ts';

export type { ApiServerOptions } from './options.ts';

export interface RunningApiServer {
  url: string;
  port: number;
  close(): Promise<void>;
}

const DEFAULT_HOST = '127.0.0.1';

/** node:http in front of the API handler: IncomingMessage → Request, Response → ServerResponse. */
export function createApiServer(options: ApiServerOptions): Server {
  const handle = createApiHandler(options);
  const base = `http://${options.host ?? DEFAULT_HOST}`;
  return createServer((req, res) => {
    serve(handle, base, req, res).catch(() => res.destroy());
  });
}

export async function startApiServer(options: ApiServerOptions): Promise<RunningApiServer> {
  const host = options.host ?? DEFAULT_HOST;
  const server = createApiServer(options);
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, host, () => {
      server.off('error', reject);
      resolve();
    });
  });
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://${host}:${port}`,
    port,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.close((err) => (err ? reject(err) : resolve()));
        // Keep-alive sockets would otherwise hold close() open until they time out.
        server.closeAllConnections();
      }),
  };
}

async function serve(
  handle: ApiHandler,
  base: string,
  req: IncomingMessage,
  res: ServerResponse,
): Promise<void> {
  const request = toRequest(req, base);
  // What fetch cannot carry (TRACE, TRACK, a header value it refuses) never reaches the handler.
  const response = request
    ? await handle(request)
    : toResponse(errorReply(405, 'method_not_allowed', 'Method not allowed'), SECURITY_HEADERS);
  await send(res, response);
}

function toRequest(req: IncomingMessage, base: string): Request | undefined {
  const method = req.method ?? 'GET';
  const hasBody = method !== 'GET' && method !== 'HEAD';
  try {
    const headers = new Headers();
    for (let i = 0; i + 1 < req.rawHeaders.length; i += 2) {
      headers.append(req.rawHeaders[i] as string, req.rawHeaders[i + 1] as string);
    }
    return new Request(safeUrl(req.url, base), {
      method,
      headers,
      ...(hasBody ? { body: bodyOf(req), duplex: 'half' } : {}),
    });
  } catch {
    return undefined;
  }
}

/**
 * The request body as a stream read only on demand: a handler that never reads it leaves it to
 * node:http to discard, and one that stops early (too large) leaves the rest unread on the socket
 * instead of destroying it, so the answer still goes out (with `connection: close`).
 */
function bodyOf(req: IncomingMessage): ReadableStream<Uint8Array> {
  let chunks: AsyncIterator<Buffer> | undefined;
  return new ReadableStream<Uint8Array>(
    {
      async pull(controller) {
        chunks ??= req.iterator({ destroyOnReturn: false });
        const next = await chunks.next();
        if (next.done) controller.close();
        else controller.enqueue(new Uint8Array(next.value));
      },
      async cancel() {
        await chunks?.return?.();
      },
    },
    { highWaterMark: 0 },
  );
}

async function send(res: ServerResponse, response: Response): Promise<void> {
  const body = Buffer.from(await response.arrayBuffer());
  if (res.headersSent || res.destroyed) return;
  const headers = Object.fromEntries(response.headers);
  if (body.length > 0) headers['content-length'] = String(body.length);
  res.writeHead(response.status, headers).end(body);
}

function safeUrl(url: string | undefined, base: string): URL {
  try {
    return new URL(url ?? '/', base);
  } catch {
    return new URL('/', base);
  }
}
