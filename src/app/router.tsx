import type { QueryClient } from '@tanstack/react-query';
import type { ComponentType } from 'react';
import { createBrowserRouter, type LoaderFunction } from 'react-router';
import { paths } from '../config/paths';
import { RootError, RootFallback, RootLayout } from './routes/root';

interface RouteModule {
  default: ComponentType;
  clientLoader?: (queryClient: QueryClient) => LoaderFunction;
}

// Route modules stay unaware of the router: the client arrives here, not via a global.
const convert = (queryClient: QueryClient) => (module: RouteModule) => ({
  Component: module.default,
  ...(module.clientLoader && { loader: module.clientLoader(queryClient) }),
});

export type AppRouter = ReturnType<typeof createAppRouter>;

/** The app's routes; each page is its own chunk so /sign-in does not pay for the rest. */
export function createAppRouter(queryClient: QueryClient) {
  const load = convert(queryClient);
  return createBrowserRouter([
    {
      Component: RootLayout,
      ErrorBoundary: RootError,
      HydrateFallback: RootFallback,
      children: [
        { path: paths.home.path, lazy: () => import('./routes/home').then(load) },
        { path: paths.auth.signIn.path, lazy: () => import('./routes/sign-in').then(load) },
        { path: '*', lazy: () => import('./routes/not-found').then(load) },
      ],
    },
  ]);
}
