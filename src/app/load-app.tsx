import { QueryClient } from '@tanstack/react-query';
import { type ReactElement, StrictMode } from 'react';
import { ConfigErrorPage } from '../components/config-error-page';
import { UiProvider } from '../components/ui-provider';
import { configureAuth } from '../features/auth/api/configure-auth';
import { installTokenRefreshLock } from '../features/auth/api/install-token-refresh-lock';
import { startSession } from '../features/session/start-session';
import { loadConfig } from '../lib/config/load-config';
import type { ConfigResult } from '../lib/config/types';
import { App } from './app';
import { createAppRouter } from './router';

function configure(result: ConfigResult): ConfigResult {
  if (!result.ok) return result;
  try {
    configureAuth(result.config);
    installTokenRefreshLock(result.config);
    return result;
  } catch (error) {
    const name = error instanceof Error ? error.name : 'UnknownError';
    console.error(`[config] Amplify rejected the auth settings: ${name}`);
    return {
      ok: false,
      problems: [{ key: 'config.json', message: `was rejected by Amplify (${name})` }],
    };
  }
}

/**
 * Everything that must happen before the first render: fetch and check the runtime
 * config, then configure auth. Never rejects, so start-up cannot end on a blank page.
 */
export async function loadApp(): Promise<ReactElement> {
  const result = configure(await loadConfig());
  let content: ReactElement;
  if (result.ok) {
    const queryClient = new QueryClient();
    // Built before the first render, so route code and loaders start loading right away.
    const router = createAppRouter(queryClient);
    startSession({ router, queryClient, clientId: result.config.userPoolClientId });
    content = <App config={result.config} queryClient={queryClient} router={router} />;
  } else {
    content = <ConfigErrorPage problems={result.problems} />;
  }
  return (
    <StrictMode>
      <UiProvider>{content}</UiProvider>
    </StrictMode>
  );
}
