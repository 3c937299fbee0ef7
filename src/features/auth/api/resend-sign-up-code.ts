import { useMutation } from '@tanstack/react-query';
import { resendSignUpCode as amplifyResendSignUpCode } from 'aws-amplify/auth';
import { saveCodeSent } from '../flow/code-sent-store';
import { getAuthErrorName } from '../utils/auth-error';
import { type CodeDelivery, toCodeDelivery } from './code-delivery';

/** Sends a new sign-up code (the earlier one stops working) and remembers where it went. */
export async function resendSignUpCode(username: string): Promise<CodeDelivery> {
  const delivery = toCodeDelivery(await amplifyResendSignUpCode({ username }));
  saveCodeSent('sign-up', username, delivery);
  return delivery;
}

export function useResendSignUpCode() {
  return useMutation({
    mutationKey: ['auth', 'resend-sign-up-code'],
    mutationFn: resendSignUpCode,
    onError: (error) =>
      console.error(`[auth] resend-sign-up-code failed: ${getAuthErrorName(error)}`),
  });
}
