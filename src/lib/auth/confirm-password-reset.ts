import { useMutation } from '@tanstack/react-query';
import { confirmResetPassword } from 'aws-amplify/auth';

export interface ConfirmPasswordResetInput {
  readonly username: string;
  readonly code: string;
  readonly newPassword: string;
}

/** Sets the new password with the emailed code; the user then signs in with it. */
export async function confirmPasswordReset({
  username,
  code,
  newPassword,
}: ConfirmPasswordResetInput): Promise<void> {
  await confirmResetPassword({ username, confirmationCode: code, newPassword });
}

export function useConfirmPasswordReset() {
  return useMutation({
    mutationKey: ['auth', 'confirm-password-reset'],
    mutationFn: confirmPasswordReset,
  });
}
