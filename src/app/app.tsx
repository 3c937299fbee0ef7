import { type QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { RouterProvider } from 'react-router';
import { getAccessToken } from '../features/auth/api/get-access-token';
import { endSession } from '../features/session/end-session';
import { ApiClientProvider } from '../lib/api/api-client-context';
import { ConfigProvider } from '../lib/config/config-context';
import type { AppConfig } from '../lib/config/types';
import type { AppRouter } from './router';

interface AppProps {
  readonly config: AppConfig;
  readonly queryClient: QueryClient;
  readonly router: AppRouter;
}

/** The configured app. Client and router come from outside so StrictMode cannot build two. */
export function App({ config, queryClient, router }: AppProps) {
  return (
    <ConfigProvider config={config}>
      <QueryClientProvider client={queryClient}>
        <ApiClientProvider
          baseUrl={config.apiUrl}
          getAccessToken={getAccessToken}
          onSessionEnded={() => void endSession()}
        >
          <RouterProvider router={router} />
        </ApiClientProvider>
      </QueryClientProvider>
    </ConfigProvider>
  );
}
