import { createServer, type IncomingMessage, type RequestListener, type Server } from 'node:http';
import { createServer as createTlsServer } from 'node:https';
import type { AddressInfo } from 'node:net';
import { createEmulator, type Emulator } from '../core/emulator.ts';
import { handleRequest } from './handle-request.ts';

export interface EmulatorServer {
  url: string;
  port: number;
  emulator: Emulator;
  close(): Promise<void>;
}

const MAX_BODY = 1024 * 1024;

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > MAX_BODY) {
        reject(new Error('body too large'));
        req.destroy();
        return;
      }
      chunks.push(chunk);
    });
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

/** `::ffff:127.0.0.1` (an IPv4 peer on a dual-stack socket) as Cognito would show it. */
const plainIp = (address: string): string => address.replace(/^::ffff:/, '');

/** Serves an emulator over HTTP on 127.0.0.1 (port 0 picks a free one). */
export async function startEmulatorServer(
  options: {
    port?: number;
    host?: string;
    emulator?: Emulator;
    /** Serve HTTPS with this key and certificate (the hosted domain; Amplify insists on https). */
    tls?: { key: string; cert: string };
  } = {},
): Promise<EmulatorServer> {
  const emulator = options.emulator ?? createEmulator({ logCodes: false });
  const host = options.host ?? '127.0.0.1';
  const listener: RequestListener = async (req, res) => {
    try {
      const body = await readBody(req);
      const headers = new Headers();
      for (const [k, v] of Object.entries(req.headers)) {
        if (typeof v === 'string') headers.set(k, v);
      }
      const url = new URL(req.url ?? '/', `http://${host}`);
      const out = await handleRequest(emulator, {
        method: req.method ?? 'GET',
        url,
        headers,
        body,
        // Cognito records the caller's address on devices; behind no proxy that is the peer.
        ...(req.socket.remoteAddress && { sourceIp: plainIp(req.socket.remoteAddress) }),
      });
      res.writeHead(out.status, out.headers).end(out.body);
    } catch {
      res.writeHead(413).end();
    }
  };
  const server: Server = options.tls
    ? createTlsServer(options.tls, listener)
    : createServer(listener);
  // Node closes idle keep-alive sockets after 5 s; the AWS SDK's agent then reuses one just as it
  // closes ("socket hang up", surfaced as TimeoutError). AWS endpoints keep idle connections far longer.
  server.keepAliveTimeout = 55_000;
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, host, () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  return {
    url: `${options.tls ? 'https' : 'http'}://${host}:${port}`,
    port,
    emulator,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
