import { createServer, type RequestListener } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createSiteHandler, type SiteOptions } from './site-handler.ts';

export interface SiteServer {
  /** http://localhost:PORT: passkeys need the page on the relying party's host, localhost. */
  url: string;
  /**
   * Starts serving a build. Separate from listening because the CSP needs the API's URL,
   * and the API needs the site's URL for CORS.
   */
  serve(options: SiteOptions): void;
  close(): Promise<void>;
}

/** Listens on 127.0.0.1 (port 0 picks one) and answers 503 until `serve` is called. */
export async function startSiteServer(port = 0): Promise<SiteServer> {
  let handler: RequestListener = (_req, res) => {
    res.writeHead(503, { 'retry-after': '1' }).end('Starting.\n');
  };
  const server = createServer((req, res) => handler(req, res));
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => resolve());
  });
  const address = server.address() as AddressInfo;
  return {
    url: `http://localhost:${address.port}`,
    serve: (options) => {
      handler = createSiteHandler(options);
    },
    close: () =>
      new Promise((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
