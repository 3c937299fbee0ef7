import { useNavigate } from 'react-router';
import { paths } from '../../../config/paths';
import { useAutoSignIn } from '../api/auto-sign-in';
import { clearCodeSent } from '../flow/code-sent-store';
import { nextStepHref } from '../flow/next-step-href';
import { saveSignInStep } from '../flow/sign-in-step-store';

/**
 * What happens once an account is confirmed: sign in automatically when this tab signed the
 * user up (Amplify's autoSignIn), else send them to sign in with "account confirmed".
 * autoSignIn may stop at a further step (MFA setup when the pool requires MFA).
 */
export function useFinishSignUp(redirectTo: string) {
  const navigate = useNavigate();
  const autoSignIn = useAutoSignIn();

  const signInByHand = () => {
    const back = redirectTo === paths.home.getHref() ? null : redirectTo;
    navigate(paths.auth.signIn.getHref(back, 'confirmed'), { replace: true });
  };

  const finish = (username: string, canAutoSignIn: boolean) => {
    clearCodeSent('sign-up');
    if (!canAutoSignIn) {
      signInByHand();
      return;
    }
    autoSignIn.mutate(undefined, {
      onSuccess: (nextStep) => {
        let next: string;
        try {
          next = nextStepHref(nextStep, username, redirectTo);
        } catch {
          signInByHand();
          return;
        }
        if (nextStep.signInStep !== 'DONE') saveSignInStep(nextStep, username, redirectTo);
        navigate(next, { replace: true });
      },
      onError: signInByHand,
    });
  };

  return { finish, isSigningIn: autoSignIn.isPending || autoSignIn.isSuccess };
}
