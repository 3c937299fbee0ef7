import { useMutation, useQueryClient } from '@tanstack/react-query';
import { signIn as amplifySignIn, type SignInOutput } from 'aws-amplify/auth';
import type { SignInFlow } from '../../../lib/config/types';
import { getAuthErrorName } from '../utils/auth-error';
import { sessionQueryKey } from './get-current-session';

/** Amplify's name for the step a sign-in stopped at; DONE means signed in. */
export type SignInStep = SignInOutput['nextStep']['signInStep'];

export type SignInOutcome =
  | { readonly status: 'signed-in' }
  | { readonly status: 'step-pending'; readonly step: Exclude<SignInStep, 'DONE'> };

export interface SignInInput {
  readonly username: string;
  readonly password: string;
  readonly flow: SignInFlow;
}

const AUTH_FLOW = {
  srp: 'USER_SRP_AUTH',
  password: 'USER_PASSWORD_AUTH',
  choice: 'USER_AUTH',
} as const;

const isDone = (nextStep: SignInOutput['nextStep']): nextStep is { signInStep: 'DONE' } =>
  nextStep.signInStep === 'DONE';

/** Starts a password sign-in; any step other than DONE is returned for the caller to handle. */
export async function signIn({ username, password, flow }: SignInInput): Promise<SignInOutcome> {
  const { nextStep } = await amplifySignIn({
    username,
    password,
    options: {
      authFlowType: AUTH_FLOW[flow],
      // Choice-based pools would otherwise ask which factor to use; this form has a password.
      ...(flow === 'choice' && { preferredChallenge: 'PASSWORD_SRP' as const }),
    },
  });
  return isDone(nextStep)
    ? { status: 'signed-in' }
    : { status: 'step-pending', step: nextStep.signInStep };
}

/** Sign-in as a mutation; on success the session query is refetched before callers navigate. */
export function useSignIn() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationKey: ['auth', 'sign-in'],
    mutationFn: signIn,
    onSuccess: async (outcome) => {
      if (outcome.status !== 'signed-in') return;
      await queryClient.invalidateQueries({ queryKey: sessionQueryKey, refetchType: 'all' });
    },
    onError: (error) => {
      // The name is enough to diagnose; messages and inputs may carry user data.
      console.error(`[auth] sign-in failed: ${getAuthErrorName(error)}`);
    },
  });
}
