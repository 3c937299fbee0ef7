import { useMutation } from '@tanstack/react-query';
import { updatePassword } from 'aws-amplify/auth';
import { accountQueryKey } from './fetch-mfa-preference';

/** The current password, to prove it is the user, and the one replacing it. */
export interface PasswordChange {
  readonly currentPassword: string;
  readonly newPassword: string;
}

/**
 * ChangePassword with the signed-in user's access token. Cognito answers a wrong current
 * password with NotAuthorizedException, a weak new one with InvalidPasswordException, one of
 * the last PasswordHistorySize passwords with PasswordHistoryPolicyViolationException, and too
 * many tries with LimitExceededException. Other sessions stay signed in: Cognito revokes none.
 */
export async function changePassword({
  currentPassword,
  newPassword,
}: PasswordChange): Promise<void> {
  await updatePassword({ oldPassword: currentPassword, newPassword });
}

export function useChangePassword() {
  return useMutation({
    mutationKey: [...accountQueryKey, 'change-password'],
    mutationFn: changePassword,
  });
}
