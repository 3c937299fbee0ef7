import type { ComponentType } from 'react';
import {
  createBrowserRouter,
  type LoaderFunction,
  matchRoutes,
  type RouteObject,
} from 'react-router';
import { paths } from '../config/paths';
import { messagesReady } from '../lib/i18n/i18n';
import type { SessionRouter } from '../lib/session/create-session';
import type { RouteContext } from './route-context';
import { RootError, RootFallback, RootLayout } from './routes/root';

interface RouteModule {
  default: ComponentType;
  clientLoader?: (context: RouteContext) => LoaderFunction;
}

// Route modules stay unaware of the router: the context arrives here, not via a global. A page
// renders once the catalogs its chunk brought are loaded in the active language (ADR 13).
const convert = (context: RouteContext) => async (module: RouteModule) => {
  await messagesReady();
  return {
    Component: module.default,
    ...(module.clientLoader && { loader: module.clientLoader(context) }),
  };
};

// The gate's route id: pages beneath it need someone signed in.
const GATE = 'session-gate';

export type AppRouter = ReturnType<typeof createAppRouter>;

/** The app's router in the browser. */
export const createAppRouter = (context: RouteContext) => createBrowserRouter(appRoutes(context));

/**
 * The app's routes; each page is its own chunk so /sign-in does not pay for the rest. The
 * browser's router and the pre-renderer (prerender/render-pages.tsx) share them.
 */
export function appRoutes(context: RouteContext): RouteObject[] {
  const load = convert(context);
  const steps = paths.auth.steps;
  return [
    {
      Component: RootLayout,
      ErrorBoundary: RootError,
      HydrateFallback: RootFallback,
      children: [
        { path: paths.home.path, lazy: () => import('./routes/home').then(load) },
        { path: paths.auth.signIn.path, lazy: () => import('./routes/sign-in').then(load) },
        { path: steps.code.path, lazy: () => import('./routes/sign-in-code').then(load) },
        {
          path: steps.selectMfa.path,
          lazy: () => import('./routes/sign-in-select-mfa').then(load),
        },
        {
          path: steps.selectMfaSetup.path,
          lazy: () => import('./routes/sign-in-select-mfa-setup').then(load),
        },
        {
          path: steps.setupTotp.path,
          lazy: () => import('./routes/sign-in-setup-totp').then(load),
        },
        {
          path: steps.setupEmail.path,
          lazy: () => import('./routes/sign-in-setup-email').then(load),
        },
        {
          path: steps.newPassword.path,
          lazy: () => import('./routes/sign-in-new-password').then(load),
        },
        {
          path: steps.chooseFactor.path,
          lazy: () => import('./routes/sign-in-choose-factor').then(load),
        },
        { path: steps.password.path, lazy: () => import('./routes/sign-in-password').then(load) },
        {
          path: steps.rememberDevice.path,
          lazy: () => import('./routes/sign-in-remember-device').then(load),
        },
        { path: paths.auth.signUp.path, lazy: () => import('./routes/sign-up').then(load) },
        {
          path: paths.auth.confirmSignUp.path,
          lazy: () => import('./routes/confirm-sign-up').then(load),
        },
        {
          path: paths.auth.forgotPassword.path,
          lazy: () => import('./routes/forgot-password').then(load),
        },
        {
          path: paths.auth.resetPassword.path,
          lazy: () => import('./routes/reset-password').then(load),
        },
        {
          path: paths.auth.oauthCallback.path,
          lazy: () => import('./routes/oauth-callback').then(load),
        },
        {
          // Everything below needs a session; the gate's loader sends others to sign-in.
          id: GATE,
          lazy: () => import('./routes/protected').then(load),
          children: [
            { path: paths.profile.path, lazy: () => import('./routes/profile').then(load) },
            { path: paths.claims.path, lazy: () => import('./routes/profile-claims').then(load) },
            { path: paths.notes.path, lazy: () => import('./routes/notes').then(load) },
            { path: paths.files.path, lazy: () => import('./routes/files').then(load) },
            { path: paths.admin.path, lazy: () => import('./routes/admin').then(load) },
            {
              // The account area's layout: its heading and sub-navigation around each page.
              path: paths.account.path,
              lazy: () => import('./routes/account').then(load),
              children: [
                { index: true, lazy: () => import('./routes/account-index').then(load) },
                {
                  path: paths.account.details.path,
                  lazy: () => import('./routes/account-details').then(load),
                },
                {
                  path: paths.account.security.path,
                  lazy: () => import('./routes/account-security').then(load),
                },
                {
                  path: paths.account.devices.path,
                  lazy: () => import('./routes/account-devices').then(load),
                },
                {
                  path: paths.account.data.path,
                  lazy: () => import('./routes/account-data').then(load),
                },
              ],
            },
          ],
        },
        { path: paths.goodbye.path, lazy: () => import('./routes/goodbye').then(load) },
        { path: '*', lazy: () => import('./routes/not-found').then(load) },
      ],
    },
  ];
}

/** The session's view of the router: where the user is, and how to move them on. */
export function toSessionRouter(router: AppRouter): SessionRouter {
  // Mid-navigation, the page being opened is where the user was going.
  const location = () => router.state.navigation.location ?? router.state.location;
  return {
    location,
    navigate: (to) => void router.navigate(to, { replace: true }),
    revalidate: () => router.revalidate(),
    needsSession: () =>
      matchRoutes(router.routes, location())?.some(({ route }) => route.id === GATE) ?? false,
  };
}
