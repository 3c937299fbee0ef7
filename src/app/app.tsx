import { QueryClientProvider } from '@tanstack/react-query';
import { useEffect } from 'react';
import { RouterProvider } from 'react-router';
import { ApiClientProvider } from '../lib/api/api-client-context';
import { ConfigProvider } from '../lib/config/config-context';
import { SessionProvider } from '../lib/session/session-context';
import type { RouteContext } from './route-context';
import { type AppRouter, toSessionRouter } from './router';

interface AppProps {
  readonly context: RouteContext;
  readonly router: AppRouter;
}

/** The configured app. Its services and router come from outside so StrictMode cannot build two. */
export function App({ context, router }: AppProps) {
  const { config, queryClient, apiClient, session } = context;
  // The session starts before the first render (load-app) and stops with the app, so an app
  // booted after this one (tests) does not share it; StrictMode's trial unmount restarts it.
  useEffect(() => session.start(toSessionRouter(router)), [session, router]);
  return (
    <ConfigProvider value={config}>
      <QueryClientProvider client={queryClient}>
        <ApiClientProvider value={apiClient}>
          <SessionProvider value={session}>
            <RouterProvider router={router} />
          </SessionProvider>
        </ApiClientProvider>
      </QueryClientProvider>
    </ConfigProvider>
  );
}
