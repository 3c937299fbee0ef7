import { useNavigate } from 'react-router';
import { paths } from '../../../config/paths';
import { useConfirmSignIn } from '../../../lib/auth/confirm-sign-in';
import { isStaleStepError } from '../../../lib/auth/stale-step';
import { carriedRedirect } from '../../../lib/navigation/redirect-target';
import { prepareToFollow, useFollowSignInStep } from '../flow/follow-sign-in-step';
import { answersMfa, type SignInStep } from '../flow/sign-in-step';
import { clearSignInStep } from '../flow/sign-in-step-store';

const PASSWORDLESS_CODES = ['EMAIL_OTP', 'SMS_OTP'];

/**
 * confirmSignIn for a step page: follows the next step on success; a step that can no longer
 * be answered sends the user back to sign-in with "step expired"; other errors go to `onFailed`.
 */
export function useAnswerStep(step: SignInStep, onFailed?: (error: Error) => void) {
  const follow = useFollowSignInStep();
  const navigate = useNavigate();
  return useConfirmSignIn({
    onMutate: prepareToFollow,
    onSuccess: (nextStep, { challengeResponse }) =>
      follow(nextStep, step.username, step.redirectTo, {
        answeredMfa: answersMfa(step),
        // Choosing a passwordless factor: the code Cognito sends next is the sign-in itself.
        firstFactor:
          step.signInStep === 'CONTINUE_SIGN_IN_WITH_FIRST_FACTOR_SELECTION' &&
          PASSWORDLESS_CODES.includes(challengeResponse),
      }),
    onError: (error) => {
      if (!isStaleStepError(error)) {
        onFailed?.(error);
        return;
      }
      clearSignInStep();
      const back = carriedRedirect(step.redirectTo);
      navigate(paths.auth.signIn.getHref(back, 'step-expired'), { replace: true });
    },
  });
}
