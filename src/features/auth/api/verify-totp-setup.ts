import { useMutation } from '@tanstack/react-query';
import { verifyTOTPSetup } from 'aws-amplify/auth';
import { getAuthErrorName } from '../utils/auth-error';
import { mfaPreferenceQueryKey } from './fetch-mfa-preference';

/**
 * VerifySoftwareToken with the app's current code: proves the app holds the secret. A wrong
 * code is EnableSoftwareTokenMFAException. TOTP is still off afterwards: updateMfaPreference
 * turns it on.
 */
export async function verifyTotpSetup(code: string): Promise<void> {
  await verifyTOTPSetup({ code });
}

export function useVerifyTotpSetup() {
  return useMutation({
    mutationKey: [...mfaPreferenceQueryKey, 'verify-totp-setup'],
    mutationFn: verifyTotpSetup,
    onError: (error) =>
      console.error(`[auth] verify-totp-setup failed: ${getAuthErrorName(error)}`),
  });
}
