import type { QueryClient } from '@tanstack/react-query';
import { registerSessionEnder } from './end-session';
import { createSessionController } from './session-controller';

type Location = { pathname: string; search: string };

/** The part of a data router the session needs (react-router's createBrowserRouter fits). */
export interface SessionRouter {
  navigate(to: string, options: { replace: boolean }): Promise<void>;
  revalidate(): Promise<void>;
  readonly state: { location: Location; navigation: { location?: Location } };
}

let stopCurrent: (() => void) | undefined;

/**
 * Starts keeping the session for the app's lifetime, before the first render: the first
 * route loaders may already refresh tokens, and their outcome must not be missed. Starting
 * again (tests boot the app repeatedly) stops the previous one first.
 */
export function startSession(options: {
  router: SessionRouter;
  queryClient: QueryClient;
  clientId: string;
}): () => void {
  stopCurrent?.();
  const { router } = options;
  const controller = createSessionController({
    clientId: options.clientId,
    queryClient: options.queryClient,
    navigate: (to) => void router.navigate(to, { replace: true }),
    revalidate: () => router.revalidate(),
    // Mid-navigation, the page being opened is where the user was going.
    location: () => router.state.navigation.location ?? router.state.location,
  });
  const stopController = controller.start();
  const unregister = registerSessionEnder(controller.endSession);
  const stop = () => {
    unregister();
    stopController();
    if (stopCurrent === stop) stopCurrent = undefined;
  };
  stopCurrent = stop;
  return stop;
}
