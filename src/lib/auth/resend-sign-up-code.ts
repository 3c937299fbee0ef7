import { useMutation } from '@tanstack/react-query';
import { resendSignUpCode as amplifyResendSignUpCode } from 'aws-amplify/auth';
import { type CodeDelivery, toCodeDelivery } from './code-delivery';

/** Sends a new sign-up code (the earlier one stops working) and says where it went. */
export async function resendSignUpCode(username: string): Promise<CodeDelivery> {
  return toCodeDelivery(await amplifyResendSignUpCode({ username }));
}

export function useResendSignUpCode() {
  return useMutation({
    mutationKey: ['auth', 'resend-sign-up-code'],
    mutationFn: resendSignUpCode,
  });
}
