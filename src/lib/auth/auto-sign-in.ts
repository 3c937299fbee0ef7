import { useMutation, useQueryClient } from '@tanstack/react-query';
import { autoSignIn as amplifyAutoSignIn } from 'aws-amplify/auth';
import { sessionQueryKey } from './get-current-session';
import type { SignInNextStep } from './sign-in';

/**
 * Signs in the user who just confirmed their sign-up, without asking for the password again.
 * Amplify keeps what it needs in memory, so this only works in the tab that called signUp;
 * elsewhere it throws AutoSignInException and the user signs in by hand.
 */
export async function autoSignIn(): Promise<SignInNextStep> {
  const { nextStep } = await amplifyAutoSignIn();
  return nextStep;
}

/** autoSignIn as a mutation; when it finishes signed in, the session query is refetched. */
export function useAutoSignIn() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationKey: ['auth', 'auto-sign-in'],
    mutationFn: autoSignIn,
    onSuccess: async (nextStep) => {
      if (nextStep.signInStep !== 'DONE') return;
      await queryClient.invalidateQueries({ queryKey: sessionQueryKey, refetchType: 'all' });
    },
  });
}
