import { useMutation } from '@tanstack/react-query';
import { verifyTOTPSetup } from 'aws-amplify/auth';
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
  });
}
