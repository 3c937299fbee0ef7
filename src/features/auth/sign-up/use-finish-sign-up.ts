import { useNavigate } from 'react-router';
import { paths } from '../../../config/paths';
import { useAutoSignIn } from '../../../lib/auth/auto-sign-in';
import { carriedRedirect } from '../../../lib/navigation/redirect-target';
import { clearCodeSent } from '../flow/code-sent-store';
import { prepareToFollow, useFollowSignInStep } from '../flow/follow-sign-in-step';

/**
 * What happens once an account is confirmed: sign in automatically when this tab signed the
 * user up (Amplify's autoSignIn), else send them to sign in with "account confirmed".
 * autoSignIn may stop at a further step (MFA setup when the pool requires MFA).
 */
export function useFinishSignUp(redirectTo: string) {
  const navigate = useNavigate();
  const autoSignIn = useAutoSignIn();
  const follow = useFollowSignInStep();

  const signInByHand = () => {
    navigate(paths.auth.signIn.getHref(carriedRedirect(redirectTo), 'confirmed'), {
      replace: true,
    });
  };

  const finish = (username: string, canAutoSignIn: boolean) => {
    clearCodeSent('sign-up');
    if (!canAutoSignIn) {
      signInByHand();
      return;
    }
    prepareToFollow();
    autoSignIn.mutate(undefined, {
      // The account is confirmed either way: a step this app cannot follow means signing in by hand.
      onSuccess: (nextStep) => follow(nextStep, username, redirectTo).catch(signInByHand),
      onError: signInByHand,
    });
  };

  return { finish, isSigningIn: autoSignIn.isPending || autoSignIn.isSuccess };
}
