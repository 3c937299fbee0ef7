import type { Server } from 'node:http';
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
import { localAppConfig } from './app-config.ts';
import { explainListenError } from './ports.ts';
import { type SeededPool, seedLocalPool } from './seed.ts';
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
  /** Empties dynamoDataDir first (`npm start -- --fresh`). */
  freshData?: boolean;
  quiet?: boolean;
}

export interface Stack {
  urls: { cognito: string; api: string; app?: string; hostedUi?: string };
  pool: SeededPool;
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
 * Emulator, seeded pool, dynalite, demo API and (optionally) the app: what `npm start` and
 * browser tests run.
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
    let hostedDomain: { url: string; domain: string } | undefined;
    if (app) {
      const hostedUiPort = options.hostedUiPort ?? 0;
      const hosted = await startHostedDomain({
        emulator,
        port: hostedUiPort,
        certificateFile: options.stateFile
          ? join(dirname(options.stateFile), 'hosted-domain-tls.json')
          : undefined,
      }).catch((error) => {
        throw explainListenError(error, 'hosted domain', hostedUiPort, '--hosted-ui-port');
      });
      closers.push(hosted.close);
      hostedDomain = hosted;
    }
    const pool = await seedLocalPool(cognito.url, 'localhost', app);
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
    });
    Object.assign(served, appConfig);
    await serveBuild?.(appConfig);
    return {
      urls: { cognito: cognito.url, api: api.url, app, hostedUi: hostedDomain?.url },
      pool,
      appConfig,
      emulator,
      close,
    };
  } catch (error) {
    await close();
    throw error;
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
