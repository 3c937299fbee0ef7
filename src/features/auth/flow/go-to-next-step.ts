import type { QueryClient } from '@tanstack/react-query';
import type { NavigateFunction } from 'react-router';
import { paths } from '../../../config/paths';
import { getAuthErrorName } from '../../../lib/auth/auth-error-name';
import { sessionQueryKey } from '../../../lib/auth/get-current-session';
import type { SignInNextStep } from '../../../lib/auth/sign-in';
import { totpIssuer } from '../../../lib/totp/totp-issuer';
import { saveRememberDeviceOffer } from './remember-device-offer';
import { signInStepFrom, stepHref } from './sign-in-step';
import { clearSignInStep, saveSignInStep } from './sign-in-step-store';

/** A step this app has no screen for (custom challenges need Lambda triggers our pools lack). */
export class UnsupportedSignInStepError extends Error {
  override name = 'UnsupportedSignInStep';
}

/** What following a step needs from the page that made the sign-in call. */
export interface FollowContext {
  readonly navigate: NavigateFunction;
  readonly queryClient: QueryClient;
  /** The authenticator app's name for the account (lib/totp/totp-issuer.ts). */
  /** Names the app in authenticator apps (lib/totp/totp-issuer.ts). */
  readonly environmentName?: string;
  /** Replace the history entry: true from one step to the next. */
  readonly replace: boolean;
  /** The pool remembers devices only when the user says so (config rememberDevices "opt-in"). */
  readonly offerToRememberDevice: boolean;
}

/** What the call that led here says about the step that follows. */
export interface FollowHints {
  /** The call chose a passwordless factor: a code it sent is the sign-in, not a second step. */
  readonly firstFactor?: boolean;
  /** The call answered a second step (an MFA code): on DONE, the user may remember the device. */
  readonly answeredMfa?: boolean;
}

/**
 * What the app does after any sign-in call (signIn, confirmSignIn, autoSignIn). It remembers
 * the step (so its route survives a reload) and goes to that step's route; DONE refreshes the
 * session and goes where the user was heading (by way of "Remember this device?" after MFA,
 * when the pool remembers devices on request); unconfirmed users confirm their sign-up, users
 * Cognito makes reset go to reset. Rejects with UnsupportedSignInStepError when the step
 * cannot be followed, so the caller says why.
 */
export async function goToNextStep(
  { navigate, queryClient, environmentName, replace, offerToRememberDevice }: FollowContext,
  nextStep: SignInNextStep,
  username: string,
  redirectTo: string,
  hints: FollowHints = {},
): Promise<void> {
  switch (nextStep.signInStep) {
    case 'DONE':
      clearSignInStep();
      await queryClient.invalidateQueries({ queryKey: sessionQueryKey, refetchType: 'all' });
      if (offerToRememberDevice && hints.answeredMfa) {
        // Asked once signed in: rememberDevice needs the new tokens and the device's keys.
        saveRememberDeviceOffer({ username, redirectTo });
        navigate(paths.auth.steps.rememberDevice.getHref(), { replace: true });
        return;
      }
      navigate(redirectTo, { replace: true });
      return;
    // These two are rare: their code loads when one happens, not with every sign-in page.
    case 'RESET_PASSWORD': {
      // Cognito sends no code by itself; the reset page expects one on its way.
      clearSignInStep();
      const [{ startPasswordReset }, { saveCodeSent }] = await Promise.all([
        import('../../../lib/auth/start-password-reset'),
        import('./code-sent-store'),
      ]);
      saveCodeSent('password-reset', username, await startPasswordReset(username));
      navigate(paths.auth.resetPassword.getHref(username), { replace });
      return;
    }
    case 'CONFIRM_SIGN_UP': {
      // The first code may be long gone. Best effort: the confirm page can send another.
      clearSignInStep();
      const [{ resendSignUpCode }, { saveCodeSent }] = await Promise.all([
        import('../../../lib/auth/resend-sign-up-code'),
        import('./code-sent-store'),
      ]);
      await resendSignUpCode(username)
        .then((delivery) => saveCodeSent('sign-up', username, delivery))
        .catch((error: unknown) => {
          console.error(`[auth] resend-sign-up-code failed: ${getAuthErrorName(error)}`);
        });
      navigate(paths.auth.confirmSignUp.getHref(username, redirectTo), { replace });
      return;
    }
  }
  const step = signInStepFrom(nextStep, username, redirectTo, totpIssuer(environmentName), hints);
  if (!step) throw new UnsupportedSignInStepError(nextStep.signInStep);
  saveSignInStep(step);
  navigate(stepHref(step), { replace });
}
