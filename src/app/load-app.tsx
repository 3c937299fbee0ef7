import { type ReactElement, StrictMode } from 'react';
import { StartUpErrorPage } from '../components/start-up-error-page';
import { UiProvider } from '../components/ui-provider';
import { createLazyApiClient } from '../lib/api/lazy-api-client';
import { configureAuth } from '../lib/auth/configure-auth';
import { getAccessToken } from '../lib/auth/get-access-token';
import { installTokenRefreshLock } from '../lib/auth/install-token-refresh-lock';
import { loadConfig } from '../lib/config/load-config';
import type { AppConfig, ConfigResult } from '../lib/config/types';
import { createQueryClient } from '../lib/query/create-query-client';
import { createSession, type Session } from '../lib/session/create-session';
import { App } from './app';
import type { RouteContext } from './route-context';
import { type AppRouter, createAppRouter, toSessionRouter } from './router';

const errorName = (error: unknown) => (error instanceof Error ? error.name : 'UnknownError');

function configure(result: ConfigResult): ConfigResult {
  if (!result.ok) return result;
  try {
    configureAuth(result.config);
    installTokenRefreshLock(result.config);
    return result;
  } catch (error) {
    const name = errorName(error);
    console.error(`[config] Amplify rejected the auth settings: ${name}`);
    return {
      ok: false,
      problems: [{ key: 'config.json', message: `was rejected by Amplify (${name})` }],
    };
  }
}

/** The app's services, each built once; loaders get them as their context. */
function createServices(config: AppConfig): RouteContext {
  const queryClient = createQueryClient();
  const session = createSession({
    clientId: config.userPoolClientId,
    queryClient,
    redirectSignIn: Boolean(config.oauth),
  });
  const apiClient = createLazyApiClient({
    baseUrl: config.apiUrl,
    getAccessToken,
    onSessionEnded: () => void session.endSession(),
  });
  return { config, queryClient, apiClient, session };
}

/** What start-up produced: the page to render first, and the session once the app runs. */
export interface StartedApp {
  readonly page: ReactElement;
  readonly session?: Session;
}

/** The app, or why it cannot start. May throw. */
async function startUp(): Promise<StartedApp> {
  const result = configure(await loadConfig());
  if (!result.ok) {
    // Only a broken deploy shows it, so no working page downloads it. Should it fail to load,
    // start-up fails and the start-up error page (in the first chunk) shows instead.
    const { ConfigErrorPage } = await import('../components/config-error-page');
    return { page: <ConfigErrorPage problems={result.problems} /> };
  }
  const context = createServices(result.config);
  let router: AppRouter | undefined;
  try {
    // Built before the first render, so route code and loaders start loading right away;
    // the session starts with them, as their first refresh may already fail.
    router = createAppRouter(context);
    context.session.start(toSessionRouter(router));
  } catch (error) {
    // A router nobody renders would still run loaders and follow history behind the error page.
    router?.dispose();
    throw error;
  }
  return { page: <App context={context} router={router} />, session: context.session };
}

/**
 * Everything that must happen before the first render: fetch and check the runtime
 * config, configure auth, build the services and the router, start the session. Never
 * rejects, so start-up cannot end on a blank page.
 */
export async function startApp(): Promise<StartedApp> {
  let started: StartedApp;
  try {
    started = await startUp();
  } catch (error) {
    // The name only: a message from auth or session code could hold tokens.
    const name = errorName(error);
    console.error(`[app] start-up failed: ${name}`);
    started = { page: <StartUpErrorPage errorName={name} /> };
  }
  const page = (
    <StrictMode>
      <UiProvider>{started.page}</UiProvider>
    </StrictMode>
  );
  return { ...started, page };
}

/** The first page to render (main.tsx awaits it at top level). */
export const loadApp = async (): Promise<ReactElement> => (await startApp()).page;
