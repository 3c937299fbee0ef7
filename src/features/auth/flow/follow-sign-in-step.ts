import { useQueryClient } from '@tanstack/react-query';
import { useLocation, useNavigate } from 'react-router';
import { paths } from '../../../config/paths';
import type { SignInNextStep } from '../../../lib/auth/sign-in';
import { useConfig } from '../../../lib/config/config-context';
import { totpIssuer } from '../../../lib/totp/totp-issuer';

// Following a step is needed once Cognito answers, not to show a page: its code (~1.5 kB
// gzip) is fetched when the call starts, alongside the request, rather than with every page.
const loadNextStep = () => import('./go-to-next-step');

/** Starts fetching the step-following code; pass it as a sign-in mutation's `onMutate`. */
export const prepareToFollow = (): void => {
  loadNextStep().catch(() => undefined);
};

/**
 * Returns `follow(nextStep, username, redirectTo)`, used after every sign-in call (see
 * go-to-next-step.ts). From one step to the next it replaces the history entry: Back from any
 * step returns to /sign-in, which starts over.
 */
export function useFollowSignInStep() {
  const navigate = useNavigate();
  const { pathname } = useLocation();
  const queryClient = useQueryClient();
  const issuer = totpIssuer(useConfig().environmentName);
  const replace = pathname !== paths.auth.signIn.path;

  return async (nextStep: SignInNextStep, username: string, redirectTo: string) => {
    const { goToNextStep } = await loadNextStep();
    const context = { navigate, queryClient, totpIssuer: issuer, replace };
    await goToNextStep(context, nextStep, username, redirectTo);
  };
}
