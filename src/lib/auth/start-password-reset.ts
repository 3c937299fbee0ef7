import { useMutation } from '@tanstack/react-query';
import { type CodeDelivery, toCodeDelivery } from './code-delivery';

/**
 * Asks Cognito to send a password-reset code. With PreventUserExistenceErrors an unknown
 * user gets a simulated delivery too, so the answer never reveals whether an account exists.
 */
export async function startPasswordReset(username: string): Promise<CodeDelivery> {
  const { resetPassword } = await import('./amplify-reset-password');
  const { nextStep } = await resetPassword({ username });
  return toCodeDelivery(nextStep.codeDeliveryDetails);
}

/** startPasswordReset as a mutation (forgot password, resend, and the RESET_PASSWORD sign-in step). */
export function useStartPasswordReset() {
  return useMutation({
    mutationKey: ['auth', 'start-password-reset'],
    mutationFn: startPasswordReset,
  });
}
