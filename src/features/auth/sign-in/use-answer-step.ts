import { useNavigate } from 'react-router';
import { paths } from '../../../config/paths';
import { useConfirmSignIn } from '../api/confirm-sign-in';
import { clearSignInStep, type StoredSignInStep } from '../flow/sign-in-step-store';
import { carriedRedirect } from './redirect-target';
import { isStaleStepError } from './stale-step';
import { useFollowSignInStep } from './use-follow-sign-in-step';

/**
 * confirmSignIn for a step page: follows the next step on success; a step that can no longer
 * be answered sends the user back to sign-in with "step expired"; other errors go to `onFailed`.
 */
export function useAnswerStep(step: StoredSignInStep, onFailed?: (error: Error) => void) {
  const follow = useFollowSignInStep();
  const navigate = useNavigate();
  return useConfirmSignIn({
    onSuccess: (nextStep) => follow(nextStep, step.username, step.redirectTo),
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
