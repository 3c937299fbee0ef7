import { useMutation } from '@tanstack/react-query';
import { resetPassword } from 'aws-amplify/auth';
import { saveCodeSent } from '../flow/code-sent-store';
import { getAuthErrorName } from '../utils/auth-error';
import { type CodeDelivery, toCodeDelivery } from './code-delivery';

/**
 * Asks Cognito to send a password-reset code. With PreventUserExistenceErrors an unknown
 * user gets a simulated delivery too, so the answer never reveals whether an account exists.
 * Where the code went is remembered for /reset-password (and its resend cooldown).
 */
export async function startPasswordReset(username: string): Promise<CodeDelivery> {
  const { nextStep } = await resetPassword({ username });
  const delivery = toCodeDelivery(nextStep.codeDeliveryDetails);
  saveCodeSent('password-reset', username, delivery);
  return delivery;
}

/** startPasswordReset as a mutation (forgot password, resend, and the RESET_PASSWORD sign-in step). */
export function useStartPasswordReset() {
  return useMutation({
    mutationKey: ['auth', 'start-password-reset'],
    mutationFn: startPasswordReset,
    onError: (error) => {
      console.error(`[auth] start-password-reset failed: ${getAuthErrorName(error)}`);
    },
  });
}
