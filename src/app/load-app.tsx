import { type ReactElement, StrictMode } from 'react';
import { StartUpErrorPage } from '../components/start-up-error-page';
import { UiProvider } from '../components/ui-provider';
import { configureAuth } from '../lib/auth/configure-auth';
import { installTokenRefreshLock } from '../lib/auth/install-token-refresh-lock';
import { loadConfig } from '../lib/config/load-config';
import { problem } from '../lib/config/rules';
import type { ConfigResult } from '../lib/config/types';
import { problemWith } from '../lib/config/validate-config';
import { messagesReady } from '../lib/i18n/i18n';
import { SOURCE_LOCALE, SUPPORTED_LOCALES } from '../lib/i18n/locales';
import { startLocale } from '../lib/i18n/start-locale';
import type { Session } from '../lib/session/create-session';
import { App } from './app';
import { createServices } from './create-services';
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
    const rejected = problem('configProblem.rejected', {
      name,
    });
    return { ok: false, problems: [problemWith('config.json', rejected)] };
  }
}

/** What start-up produced: the page to render first, and the session once the app runs. */
export interface StartedApp {
  readonly page: ReactElement;
  readonly session?: Session;
  /** The running app's router and services, for hydrating pre-rendered HTML. */
  readonly app?: { readonly router: AppRouter; readonly context: RouteContext };
}

/**
 * The error pages' language when there is no config to say which are offered: this browser's
 * stored choice or its preferred languages, among all the app has; English if that fails.
 */
const startLocaleWithoutConfig = () =>
  startLocale({ locales: SUPPORTED_LOCALES, defaultLocale: SOURCE_LOCALE });

/** How far start-up got, for the start-up error page. */
interface Progress {
  localeStarted: boolean;
}

/** The app, or why it cannot start. May throw. */
async function startUp(progress: Progress): Promise<StartedApp> {
  const result = configure(await loadConfig());
  if (!result.ok) {
    await startLocaleWithoutConfig();
    progress.localeStarted = true;
    // Only a broken deploy shows it, so no working page downloads it. Should it fail to load,
    // start-up fails and the start-up error page (in the first chunk) shows instead.
    const { ConfigErrorPage } = await import('../components/config-error-page');
    // Its catalog came with it: in the page's language from the first frame.
    await messagesReady();
    return { page: <ConfigErrorPage problems={result.problems} /> };
  }
  // Before the router: its first render, and any HTML it hydrates, are in this language.
  await startLocale(result.config);
  progress.localeStarted = true;
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
  return {
    page: <App context={context} router={router} />,
    session: context.session,
    app: { router, context },
  };
}

/**
 * Everything that must happen before the first render: fetch and check the runtime
 * config, configure auth, build the services and the router, start the session. Never
 * rejects, so start-up cannot end on a blank page.
 */
export async function startApp(): Promise<StartedApp> {
  let started: StartedApp;
  const progress: Progress = { localeStarted: false };
  try {
    started = await startUp(progress);
  } catch (error) {
    // The name only: a message from auth or session code could hold tokens.
    const name = errorName(error);
    console.error(`[app] start-up failed: ${name}`);
    if (!progress.localeStarted) await startLocaleWithoutConfig();
    started = { page: <StartUpErrorPage errorName={name} /> };
  }
  const page = (
    <StrictMode>
      <UiProvider>{started.page}</UiProvider>
    </StrictMode>
  );
  return { ...started, page };
}
