import { paths } from '../../../config/paths';
import type { SignInNextStep, SignInStepName } from './sign-in-step-store';

/** The route that answers each step; DONE goes to the caller's redirect target. */
const STEP_ROUTES: Partial<Record<SignInStepName, string>> = {
  CONFIRM_SIGN_IN_WITH_SMS_CODE: paths.auth.steps.code.getHref(),
  CONFIRM_SIGN_IN_WITH_TOTP_CODE: paths.auth.steps.code.getHref(),
  CONFIRM_SIGN_IN_WITH_EMAIL_CODE: paths.auth.steps.code.getHref(),
  CONTINUE_SIGN_IN_WITH_MFA_SELECTION: paths.auth.steps.selectMfa.getHref(),
  CONTINUE_SIGN_IN_WITH_MFA_SETUP_SELECTION: paths.auth.steps.selectMfaSetup.getHref(),
  CONTINUE_SIGN_IN_WITH_TOTP_SETUP: paths.auth.steps.setupTotp.getHref(),
  CONTINUE_SIGN_IN_WITH_EMAIL_SETUP: paths.auth.steps.setupEmail.getHref(),
  CONFIRM_SIGN_IN_WITH_NEW_PASSWORD_REQUIRED: paths.auth.steps.newPassword.getHref(),
  CONTINUE_SIGN_IN_WITH_FIRST_FACTOR_SELECTION: paths.auth.steps.chooseFactor.getHref(),
  CONFIRM_SIGN_IN_WITH_PASSWORD: paths.auth.steps.password.getHref(),
};

/**
 * Where the app goes after any sign-in call (signIn, confirmSignIn, autoSignIn).
 * Unconfirmed users confirm their sign-up; users Cognito makes reset go to reset.
 */
export function nextStepHref(
  nextStep: SignInNextStep,
  username: string,
  redirectTo: string,
): string {
  switch (nextStep.signInStep) {
    case 'DONE':
      return redirectTo;
    case 'CONFIRM_SIGN_UP':
      return paths.auth.confirmSignUp.getHref(username, redirectTo);
    case 'RESET_PASSWORD':
      return paths.auth.resetPassword.getHref(username);
    default: {
      const route = STEP_ROUTES[nextStep.signInStep];
      if (!route) throw new Error(`Unsupported sign-in step ${nextStep.signInStep}`);
      return route;
    }
  }
}
