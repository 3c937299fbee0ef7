import { useQueryClient } from '@tanstack/react-query';
import { useLocation, useNavigate } from 'react-router';
import { paths } from '../../../config/paths';
import type { SignInNextStep } from '../../../lib/auth/sign-in';
import { useConfig } from '../../../lib/config/config-context';
import type { FollowHints } from './go-to-next-step';

// Following a step is needed once Cognito answers, not to show a page: its code (~1.5 kB
// gzip) is fetched when the call starts, alongside the request, rather than with every page.
const loadNextStep = () => import('./go-to-next-step');

/** Starts fetching the step-following code; pass it as a sign-in mutation's `onMutate`. */
export const prepareToFollow = (): void => {
  loadNextStep().catch(() => undefined);
};

/**
 * Returns `follow(nextStep, username, redirectTo, hints?)`, used after every sign-in call (see
 * go-to-next-step.ts). From one step to the next it replaces the history entry: Back from any
 * step returns to /sign-in, which starts over.
 */
export function useFollowSignInStep() {
  const navigate = useNavigate();
  const { pathname } = useLocation();
  const queryClient = useQueryClient();
  const { environmentName, rememberDevices, tokenStorage } = useConfig();
  const replace = pathname !== paths.auth.signIn.path;
  // Amplify keeps the device's keys where it keeps tokens: per tab ("session"), a remembered
  // device would be a new one once the tab closes, so "skip the code next time" would not hold.
  const offerToRememberDevice = rememberDevices === 'opt-in' && tokenStorage === 'local';

  return async (
    nextStep: SignInNextStep,
    username: string,
    redirectTo: string,
    hints?: FollowHints,
  ) => {
    const { goToNextStep } = await loadNextStep();
    const context = { navigate, queryClient, environmentName, replace, offerToRememberDevice };
    await goToNextStep(context, nextStep, username, redirectTo, hints);
  };
}
