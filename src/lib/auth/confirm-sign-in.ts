import { type UseMutationOptions, useMutation } from '@tanstack/react-query';
import { preloadSignIn, type SignInNextStep } from './sign-in';

export interface ConfirmSignInInput {
  /** The answer to the current step: a code, a choice (TOTP, EMAIL_OTP…), an email or a password. */
  readonly challengeResponse: string;
  /** For CONFIRM_SIGN_IN_WITH_NEW_PASSWORD_REQUIRED: the required attributes the user lacks. */
  readonly userAttributes?: Readonly<Record<string, string>>;
}

/**
 * Answers the step a sign-in stopped at. Amplify keeps the challenge session in sessionStorage
 * for 3 minutes, so this also works after a reload.
 */
export async function confirmSignIn({
  challengeResponse,
  userAttributes,
}: ConfirmSignInInput): Promise<SignInNextStep> {
  const { confirmSignIn: amplifyConfirmSignIn } = await preloadSignIn();
  const { nextStep } = await amplifyConfirmSignIn({
    challengeResponse,
    ...(userAttributes && { options: { userAttributes: { ...userAttributes } } }),
  });
  return nextStep;
}

type ConfirmSignInMutationConfig = Omit<
  UseMutationOptions<SignInNextStep, Error, ConfirmSignInInput>,
  'mutationFn' | 'mutationKey'
>;

/** confirmSignIn as a mutation; callers follow the next step in `onSuccess`. */
export function useConfirmSignIn(config: ConfirmSignInMutationConfig = {}) {
  return useMutation({
    ...config,
    mutationKey: ['auth', 'confirm-sign-in'],
    mutationFn: confirmSignIn,
  });
}
