import { useQueryClient } from '@tanstack/react-query';
import { useLocation, useNavigate } from 'react-router';
import { paths } from '../../../config/paths';
import { useConfig } from '../../../lib/config/config-context';
import { totpIssuer } from '../../../lib/totp/totp-issuer';
import { sessionQueryKey } from '../api/get-current-session';
import type { SignInNextStep } from '../api/sign-in';
import { saveCodeSent } from '../flow/code-sent-store';
import { nextStepHref } from '../flow/next-step-href';
import { clearSignInStep, saveSignInStep } from '../flow/sign-in-step-store';
import { getAuthErrorName } from '../utils/auth-error';

/** A step this app has no screen for (custom challenges need Lambda triggers our pools lack). */
export class UnsupportedSignInStepError extends Error {
  override name = 'UnsupportedSignInStep';
}

/**
 * Returns `follow(nextStep, username, redirectTo)`: what the app does after any sign-in call.
 * It remembers the step (so its route survives a reload) and goes to that step's route;
 * DONE refreshes the session and goes where the user was heading. Rejects when the step
 * cannot be followed, so the calling form shows why.
 */
export function useFollowSignInStep() {
  const navigate = useNavigate();
  const { pathname } = useLocation();
  const queryClient = useQueryClient();
  const { environmentName } = useConfig();
  const issuer = totpIssuer(environmentName);
  // From one step to the next, replace: Back from any step returns to /sign-in, which starts over.
  const fromStep = pathname !== paths.auth.signIn.path;

  return async (nextStep: SignInNextStep, username: string, redirectTo: string) => {
    let href: string;
    try {
      href = nextStepHref(nextStep, username, redirectTo);
    } catch {
      throw new UnsupportedSignInStepError(nextStep.signInStep);
    }
    switch (nextStep.signInStep) {
      case 'DONE':
        clearSignInStep();
        await queryClient.invalidateQueries({ queryKey: sessionQueryKey, refetchType: 'all' });
        navigate(href, { replace: true });
        return;
      // These two are rare: their code loads when one happens, not with every sign-in page.
      case 'RESET_PASSWORD': {
        // Cognito sends no code by itself; the reset page expects one on its way.
        clearSignInStep();
        const { startPasswordReset } = await import('../api/start-password-reset');
        saveCodeSent('password-reset', username, await startPasswordReset(username));
        break;
      }
      case 'CONFIRM_SIGN_UP': {
        // The first code may be long gone. Best effort: the confirm page can send another.
        clearSignInStep();
        const { resendSignUpCode } = await import('../api/resend-sign-up-code');
        await resendSignUpCode(username).catch((error: unknown) => {
          console.error(`[auth] resend-sign-up-code failed: ${getAuthErrorName(error)}`);
        });
        break;
      }
      default:
        saveSignInStep(nextStep, username, redirectTo, { totpIssuer: issuer });
    }
    navigate(href, { replace: fromStep });
  };
}
