import { type UseMutationOptions, useMutation } from '@tanstack/react-query';
import type { SignInOutput } from 'aws-amplify/auth';
import type { PasswordlessFactor, SignInFlow } from '../config/types';

/** What Amplify says comes next after any sign-in call; DONE means signed in. */
export type SignInNextStep = SignInOutput['nextStep'];

/** How the user chose to prove who they are: their password, or a passwordless factor. */
export type SignInMethod = 'password' | PasswordlessFactor;

export interface SignInInput {
  readonly username: string;
  /** Only for method "password"; sent exactly as typed. */
  readonly password?: string;
  readonly flow: SignInFlow;
  readonly method?: SignInMethod;
}

/** Fetches Amplify's sign-in code; pages call it once rendered so a submit never waits for it. */
export const preloadSignIn = () => import('./amplify-sign-in');

const AUTH_FLOW = {
  srp: 'USER_SRP_AUTH',
  password: 'USER_PASSWORD_AUTH',
  choice: 'USER_AUTH',
} as const;

/**
 * Starts a sign-in and returns Amplify's next step. Choice-based pools (USER_AUTH) are told
 * which first factor the user picked, so Cognito skips its "select a challenge" round trip;
 * a factor the user cannot use comes back as CONTINUE_SIGN_IN_WITH_FIRST_FACTOR_SELECTION.
 */
export async function signIn({
  username,
  password,
  flow,
  method = 'password',
}: SignInInput): Promise<SignInNextStep> {
  const { signIn: amplifySignIn } = await preloadSignIn();
  if (flow !== 'choice' || method === 'password') {
    const { nextStep } = await amplifySignIn({
      username,
      password,
      options: {
        authFlowType: AUTH_FLOW[flow],
        // SRP keeps the password off the wire, also under USER_AUTH.
        ...(flow === 'choice' && { preferredChallenge: 'PASSWORD_SRP' as const }),
      },
    });
    return nextStep;
  }
  const { nextStep } = await amplifySignIn({
    username,
    options: { authFlowType: 'USER_AUTH', preferredChallenge: method },
  });
  return nextStep;
}

type SignInMutationConfig = Omit<
  UseMutationOptions<SignInNextStep, Error, SignInInput>,
  'mutationFn' | 'mutationKey'
>;

/** signIn as a mutation; callers follow the next step in `onSuccess` (see useFollowSignInStep). */
export function useSignIn(config: SignInMutationConfig = {}) {
  return useMutation({
    ...config,
    mutationKey: ['auth', 'sign-in'],
    mutationFn: signIn,
  });
}
