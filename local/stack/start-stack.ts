import { mkdtempSync, rmSync } from 'node:fs';
import type { Server } from 'node:http';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import type { Plugin, ViteDevServer } from 'vite';
import { prerenderSite } from '../../infra/lib/prerender-site.ts';
import { startApiServer } from '../api/server.ts';
import { createDynamoClient } from '../api/store/dynamo-client.ts';
import { DynamoStore } from '../api/store/dynamo-store.ts';
import type { Emulator } from '../emulator/core/emulator.ts';
import { createLocalEmulator } from '../emulator/create-local-emulator.ts';
import { startHostedDomain } from '../emulator/hosted-ui/start-hosted-domain.ts';
import { startEmulatorServer } from '../emulator/http/server.ts';
import { startSiteServer } from '../preview/start-site-server.ts';
import { type S3Server, startS3Server } from '../s3/start-s3.ts';
import { localAppConfig } from './app-config.ts';
import { explainListenError } from './ports.ts';
import { type SeededPool, seedLocalPool } from './seed.ts';
import { type SeededIdentityPool, seedIdentityPool } from './seed-identity.ts';
import { startDynalite } from './start-dynalite.ts';

export interface StackOptions {
  emulatorPort?: number;
  apiPort?: number;
  /** The hosted domain's HTTPS port (federated sign-in); it runs only with the app. */
  hostedUiPort?: number;
  /** Omit to run without the app (tests that serve it themselves). */
  appPort?: number;
  /**
   * What serves the app: Vite's dev server (default), or a build (`dist`) served as the
   * production distribution serves it, headers and CSP included.
   */
  appServer?: 'vite' | { dist: string };
  stateFile?: string;
  /** dynalite's LevelDB directory, so the API's data survives a restart; in memory when absent. */
  dynamoDataDir?: string;
  /** Empties dynamoDataDir and s3DataDir first (`npm start -- --fresh`). */
  freshData?: boolean;
  /** The local S3's HTTPS port (the Files page); 0 or absent picks a free one. */
  s3Port?: number;
  /** Where the local S3 keeps the files, so they survive a restart; a temporary one when absent. */
  s3DataDir?: string;
  /**
   * The self-signed certificate the hosted domain and the local S3 share (one browser
   * exception covers both); next to stateFile by default, else one for this run only.
   */
  certificateFile?: string;
  quiet?: boolean;
}

export interface Stack {
  urls: { cognito: string; api: string; s3: string; app?: string; hostedUi?: string };
  pool: SeededPool;
  identityPool: SeededIdentityPool;
  /** The local S3 (files bucket, region, certificate to trust). */
  s3: Pick<S3Server, 'url' | 'endpoint' | 'bucket' | 'region' | 'certificate'>;
  appConfig: ReturnType<typeof localAppConfig>;
  emulator: Emulator;
  close(): Promise<void>;
}

/** Serves `/config.json` from memory, so parallel stacks never share a file. */
function runtimeConfigPlugin(config: object): Plugin {
  return {
    name: 'local-runtime-config',
    configureServer(server) {
      server.middlewares.use('/config.json', (_req, res) => {
        res.setHeader('content-type', 'application/json');
        res.setHeader('cache-control', 'no-store');
        res.end(JSON.stringify(config, null, 2));
      });
    },
  };
}

/**
 * Emulator, seeded user and identity pools, dynalite, demo API, the local S3 for Files and
 * (optionally) the app: what `npm start` and browser tests run.
 */
export async function startStack(options: StackOptions = {}): Promise<Stack> {
  const closers: (() => Promise<void>)[] = [];
  const close = async () => {
    for (const fn of closers.reverse()) await fn().catch(() => undefined);
  };
  try {
    const { emulator, flush } = createLocalEmulator({
      stateFile: options.stateFile,
      logCodes: !options.quiet,
    });
    const emulatorPort = options.emulatorPort ?? 0;
    const cognito = await startEmulatorServer({ port: emulatorPort, emulator }).catch((error) => {
      throw explainListenError(error, 'Cognito emulator', emulatorPort, '--emulator-port');
    });
    closers.push(async () => {
      flush();
      await cognito.close();
    });
    // Filled in once the API is up; the app only asks for it when a page loads.
    const served: Record<string, unknown> = {};
    let app: string | undefined;
    let serveBuild: ((config: ReturnType<typeof localAppConfig>) => Promise<void>) | undefined;
    const appServer = options.appServer ?? 'vite';
    if (options.appPort !== undefined && appServer === 'vite') {
      const vite = await startVite(options.appPort, served, options.quiet);
      closers.push(() => vite.close());
      const address = (vite.httpServer as Server).address();
      // Passkeys need the page's host to match the relying party, so the app is opened on localhost.
      app = `http://localhost:${typeof address === 'object' && address ? address.port : options.appPort}`;
    } else if (options.appPort !== undefined && appServer !== 'vite') {
      const appPort = options.appPort;
      const site = await startSiteServer(appPort).catch((error) => {
        throw explainListenError(error, 'app (production build)', appPort, '--app-port');
      });
      closers.push(site.close);
      app = site.url;
      // Pre-rendered with this config, as a deploy publishes them.
      serveBuild = async (config) =>
        site.serve({
          root: appServer.dist,
          config,
          prerendered: await prerenderSite(appServer.dist, config),
        });
    }
    let certificateFile =
      options.certificateFile ??
      (options.stateFile ? join(dirname(options.stateFile), 'hosted-domain-tls.json') : undefined);
    if (!certificateFile) {
      // Both HTTPS servers load the one certificate from a file; this run's is thrown away.
      const scratch = mkdtempSync(join(tmpdir(), 'cognito-spa-tls-'));
      closers.push(async () => rmSync(scratch, { recursive: true, force: true }));
      certificateFile = join(scratch, 'tls.json');
    }
    let hostedDomain: { url: string; domain: string } | undefined;
    if (app) {
      const hostedUiPort = options.hostedUiPort ?? 0;
      const hosted = await startHostedDomain({
        emulator,
        port: hostedUiPort,
        certificateFile,
      }).catch((error) => {
        throw explainListenError(error, 'hosted domain', hostedUiPort, '--hosted-ui-port');
      });
      closers.push(hosted.close);
      hostedDomain = hosted;
    }
    const pool = await seedLocalPool(cognito.url, 'localhost', app);
    const identityPool = await seedIdentityPool(cognito.url, pool);
    const s3 = await startLocalS3(options, emulator, certificateFile, app);
    closers.push(s3.stop);
    const dynalite = await startDynalite({
      dataDir: options.dynamoDataDir,
      fresh: options.freshData,
    });
    closers.push(dynalite.close);
    const dynamo = createDynamoClient(dynalite.endpoint);
    closers.push(async () => dynamo.destroy());
    const apiPort = options.apiPort ?? 0;
    const api = await startApiServer({
      store: new DynamoStore({ client: dynamo, tableName: dynalite.tableName }),
      userPoolId: pool.userPoolId,
      clientId: pool.userPoolClientId,
      jwksUri: `${cognito.url}/${pool.userPoolId}/.well-known/jwks.json`,
      cognitoEndpoint: `${cognito.url}/`,
      allowedOrigins: app ? [app, app.replace('localhost', '127.0.0.1')] : [],
      port: apiPort,
      log: options.quiet ? () => undefined : undefined,
    }).catch((error) => {
      throw explainListenError(error, 'demo API', apiPort, '--api-port');
    });
    closers.push(api.close);
    const appConfig = localAppConfig(pool, {
      cognito: cognito.url,
      api: api.url,
      hostedDomain: hostedDomain?.domain,
      identityPoolId: identityPool.identityPoolId,
      s3,
    });
    Object.assign(served, appConfig);
    await serveBuild?.(appConfig);
    return {
      urls: { cognito: cognito.url, api: api.url, s3: s3.url, app, hostedUi: hostedDomain?.url },
      pool,
      identityPool,
      s3: {
        url: s3.url,
        endpoint: s3.endpoint,
        bucket: s3.bucket,
        region: s3.region,
        certificate: s3.certificate,
      },
      appConfig,
      emulator,
      close,
    };
  } catch (error) {
    await close();
    throw error;
  }
}

/**
 * The files bucket: S3 over HTTPS that takes only credentials the emulator's identity pool
 * issued, with the authenticated role's policy, and CORS for the app.
 */
async function startLocalS3(
  options: StackOptions,
  emulator: Emulator,
  certificateFile: string,
  app: string | undefined,
): Promise<S3Server> {
  let directory = options.s3DataDir;
  let scratch: string | undefined;
  if (directory && options.freshData) rmSync(directory, { recursive: true, force: true });
  if (!directory) {
    scratch = mkdtempSync(join(tmpdir(), 'cognito-spa-s3-'));
    directory = scratch;
  }
  const s3Port = options.s3Port ?? 0;
  try {
    const server = await startS3Server({
      directory,
      certificateFile,
      port: s3Port,
      // Vite answers on both names, and the app builds its URLs from whichever the browser used.
      allowedOrigins: app ? [...new Set([app, app.replace('//localhost:', '//127.0.0.1:')])] : [],
      lookupCredentials: (accessKeyId) => {
        const issued = emulator.identityCredentials(accessKeyId);
        if (!issued) return undefined;
        // The emulator's clock can run ahead (tests advance it); S3 compares with the real one.
        return { ...issued, expiresAt: issued.expiresAt - emulator.now() + Date.now() };
      },
    });
    return {
      ...server,
      stop: async () => {
        await server.stop();
        if (scratch) rmSync(scratch, { recursive: true, force: true });
      },
    };
  } catch (error) {
    if (scratch) rmSync(scratch, { recursive: true, force: true });
    throw explainListenError(error, 'local S3', s3Port, '--s3-port');
  }
}

async function startVite(port: number, config: object, quiet?: boolean): Promise<ViteDevServer> {
  const { createServer } = await import('vite');
  const server = await createServer({
    configFile: new URL('../../vite.config.ts', import.meta.url).pathname,
    server: { port, strictPort: port !== 0, host: '127.0.0.1' },
    logLevel: quiet ? 'error' : 'info',
    clearScreen: false,
    plugins: [runtimeConfigPlugin(config)],
  });
  try {
    await server.listen();
  } catch (error) {
    await server.close();
    throw explainListenError(error, 'app (Vite)', port, '--app-port');
  }
  return server;
}
