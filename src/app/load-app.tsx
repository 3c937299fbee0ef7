import { QueryClient } from '@tanstack/react-query';
import { type ReactElement, StrictMode } from 'react';
import { ConfigErrorPage } from '../components/config-error-page';
import { StartUpErrorPage } from '../components/start-up-error-page';
import { UiProvider } from '../components/ui-provider';
import { configureAuth } from '../features/auth/api/configure-auth';
import { installTokenRefreshLock } from '../features/auth/api/install-token-refresh-lock';
import { startSession } from '../features/session/start-session';
import { loadConfig } from '../lib/config/load-config';
import type { ConfigResult } from '../lib/config/types';
import { App } from './app';
import { type AppRouter, createAppRouter } from './router';

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

/** The page to render first: the app, or why it cannot start. May throw. */
async function startUp(): Promise<ReactElement> {
  const result = configure(await loadConfig());
  if (!result.ok) return <ConfigErrorPage problems={result.problems} />;
  const queryClient = new QueryClient();
  let router: AppRouter | undefined;
  try {
    // Built before the first render, so route code and loaders start loading right away.
    router = createAppRouter(queryClient);
    startSession({ router, queryClient, clientId: result.config.userPoolClientId });
  } catch (error) {
    // A router nobody renders would still run loaders and follow history behind the error page.
    router?.dispose();
    throw error;
  }
  return <App config={result.config} queryClient={queryClient} router={router} />;
}

/**
 * Everything that must happen before the first render: fetch and check the runtime
 * config, configure auth, build the router and start the session. Never rejects (main.tsx
 * awaits it at top level), so start-up cannot end on a blank page.
 */
export async function loadApp(): Promise<ReactElement> {
  let content: ReactElement;
  try {
    content = await startUp();
  } catch (error) {
    // The name only: a message from auth or session code could hold tokens.
    const name = errorName(error);
    console.error(`[app] start-up failed: ${name}`);
    content = <StartUpErrorPage errorName={name} />;
  }
  return (
    <StrictMode>
      <UiProvider>{content}</UiProvider>
    </StrictMode>
  );
}
