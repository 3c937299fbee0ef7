import { useMutation } from '@tanstack/react-query';
import type { SignInFlow } from '../config/types';
import { type CodeDelivery, toCodeDelivery } from './code-delivery';

export interface SignUpInput {
  readonly username: string;
  readonly password: string;
  /** Cognito attribute names to values, e.g. { name: 'Ann', 'custom:team': 'blue' }. */
  readonly attributes: Readonly<Record<string, string>>;
  /** How autoSignIn signs in afterwards: the same flow the sign-in form uses. */
  readonly flow: SignInFlow;
}

/** confirm: a code is on its way; auto-sign-in: Cognito confirmed the user itself; done: sign in. */
export type SignUpOutcome =
  | { readonly status: 'confirm'; readonly delivery: CodeDelivery }
  | { readonly status: 'auto-sign-in' }
  | { readonly status: 'done' };

const AUTH_FLOW = {
  srp: 'USER_SRP_AUTH',
  password: 'USER_PASSWORD_AUTH',
  choice: 'USER_AUTH',
} as const;

/**
 * Creates the account and arms Amplify's autoSignIn for after the code is confirmed.
 */
export async function signUp({
  username,
  password,
  attributes,
  flow,
}: SignUpInput): Promise<SignUpOutcome> {
  const { signUp: amplifySignUp } = await import('./amplify-sign-up');
  const { isSignUpComplete, nextStep } = await amplifySignUp({
    username,
    password,
    options: {
      userAttributes: { ...attributes },
      // An app client may allow only one flow; autoSignIn must use the one it allows.
      autoSignIn: { authFlowType: AUTH_FLOW[flow] },
    },
  });
  if (nextStep.signUpStep === 'CONFIRM_SIGN_UP') {
    return { status: 'confirm', delivery: toCodeDelivery(nextStep.codeDeliveryDetails) };
  }
  if (nextStep.signUpStep === 'COMPLETE_AUTO_SIGN_IN' && isSignUpComplete) {
    return { status: 'auto-sign-in' };
  }
  return { status: 'done' };
}

/** signUp as a mutation; nothing is cached, the next page decides what happens. */
export function useSignUp() {
  return useMutation({
    mutationKey: ['auth', 'sign-up'],
    mutationFn: signUp,
  });
}
