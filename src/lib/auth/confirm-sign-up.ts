import { useMutation } from '@tanstack/react-query';
import { confirmSignUp as amplifyConfirmSignUp } from 'aws-amplify/auth';

export interface ConfirmSignUpInput {
  readonly username: string;
  readonly code: string;
}

/** canAutoSignIn: this tab signed the user up, so autoSignIn() may finish without a password. */
export interface ConfirmSignUpOutcome {
  readonly canAutoSignIn: boolean;
}

/** Confirms the account with the code Cognito sent. */
export async function confirmSignUp({
  username,
  code,
}: ConfirmSignUpInput): Promise<ConfirmSignUpOutcome> {
  const { nextStep } = await amplifyConfirmSignUp({ username, confirmationCode: code });
  return { canAutoSignIn: nextStep.signUpStep === 'COMPLETE_AUTO_SIGN_IN' };
}

export function useConfirmSignUp() {
  return useMutation({
    mutationKey: ['auth', 'confirm-sign-up'],
    mutationFn: confirmSignUp,
  });
}
