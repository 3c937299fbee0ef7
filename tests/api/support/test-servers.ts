import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach } from 'vitest';
import { type ApiServerOptions, startApiServer } from '../../../local/api/server.ts';
import type { DynamoStore } from '../../../local/api/store/dynamo-store.ts';
import { testStore } from './test-dynalite.ts';
import {
  createTokenFactory,
  jwksOf,
  reusedSigningKey,
  type TokenFactory,
} from './token-factory.ts';

export const POOL_ID = 'us-east-1_Test01';
export const CLIENT_ID = 'spa-client-id';
export const ISSUER = `https://cognito-idp.us-east-1.amazonaws.com/${POOL_ID}`;
export const APP_ORIGIN = 'http://localhost:5173';

type Closer = () => Promise<void>;

/** Registers an afterEach that closes everything handed to the returned function. */
export function closeAfterEach(): (close: Closer) => void {
  const closers: Closer[] = [];
  afterEach(async () => {
    await Promise.all(closers.splice(0).map((close) => close()));
  });
  return (close) => {
    closers.push(close);
  };
}

export interface TinyServer {
  url: string;
  close: Closer;
}

export async function startTinyServer(
  handler: (req: IncomingMessage, res: ServerResponse, body: string) => void,
): Promise<TinyServer> {
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => handler(req, res, Buffer.concat(chunks).toString()));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}

export interface JwksServer extends TinyServer {
  jwksUri: string;
  /** What the server currently publishes; replace it to simulate rotation or an outage. */
  state: { jwks: unknown; status: number; requests: number };
}

export async function startJwksServer(jwks: unknown): Promise<JwksServer> {
  const state = { jwks, status: 200, requests: 0 };
  const path = `/${POOL_ID}/.well-known/jwks.json`;
  const server = await startTinyServer((req, res) => {
    if (req.url !== path) {
      res.writeHead(404).end();
      return;
    }
    state.requests += 1;
    res.writeHead(state.status, { 'content-type': 'application/json' });
    res.end(JSON.stringify(state.jwks));
  });
  return { ...server, jwksUri: `${server.url}${path}`, state };
}

export interface Harness {
  api: string;
  /** Where the API keeps its data: dynalite, in memory, for this test only. */
  store: DynamoStore;
  jwks: JwksServer;
  tokens: TokenFactory;
}

/** JWKS server + API server + its dynalite wired together, all closed by `cleanup` after the test. */
export async function startHarness(
  cleanup: (close: Closer) => void,
  overrides: Partial<ApiServerOptions> = {},
): Promise<Harness> {
  const key = reusedSigningKey();
  const jwks = await startJwksServer(jwksOf(key));
  cleanup(jwks.close);
  const store = overrides.store ?? (await testStore(cleanup));
  const api = await startApiServer({
    userPoolId: POOL_ID,
    clientId: CLIENT_ID,
    jwksUri: jwks.jwksUri,
    allowedOrigins: [APP_ORIGIN],
    ...overrides,
    store,
  });
  cleanup(api.close);
  return {
    api: api.url,
    store,
    jwks,
    tokens: createTokenFactory({ issuer: ISSUER, clientId: CLIENT_ID, key }),
  };
}

export interface CallOptions {
  method?: string;
  token?: string;
  json?: unknown;
  headers?: Record<string, string>;
  body?: string;
}

export async function call(
  base: string,
  path: string,
  options: CallOptions = {},
): Promise<{ status: number; headers: Headers; body: unknown }> {
  const headers: Record<string, string> = { ...options.headers };
  if (options.token) headers.authorization = `Bearer ${options.token}`;
  let body = options.body;
  if (options.json !== undefined) {
    headers['content-type'] ??= 'application/json';
    body = JSON.stringify(options.json);
  }
  const response = await fetch(`${base}${path}`, {
    method: options.method ?? 'GET',
    headers,
    body,
  });
  const text = await response.text();
  return {
    status: response.status,
    headers: response.headers,
    body: text ? JSON.parse(text) : undefined,
  };
}
