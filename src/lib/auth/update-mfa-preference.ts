import { useMutation, useQueryClient } from '@tanstack/react-query';
import { updateMFAPreference } from 'aws-amplify/auth';
import { mfaPreferenceQueryKey } from './fetch-mfa-preference';

/** Amplify's per-kind setting: on or off, and whether it is the one asked for at sign-in. */
export type MfaSetting = 'ENABLED' | 'DISABLED' | 'PREFERRED' | 'NOT_PREFERRED';

/** What to change; a kind left out keeps its setting. */
export interface MfaPreferenceChange {
  readonly totp?: MfaSetting;
  readonly email?: MfaSetting;
  readonly sms?: MfaSetting;
}

/**
 * SetUserMFAPreference. Cognito refuses to turn on TOTP before an authenticator app is verified,
 * email codes for a user without an email address, and text message codes for one without a
 * phone number (InvalidParameterException).
 */
export async function updateMfaPreference(change: MfaPreferenceChange): Promise<void> {
  await updateMFAPreference({
    ...(change.totp && { totp: change.totp }),
    ...(change.email && { email: change.email }),
    ...(change.sms && { sms: change.sms }),
  });
}

/** Changes MFA settings; stays pending until the page's settings show the change. */
export function useUpdateMfaPreference() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationKey: [...mfaPreferenceQueryKey, 'update-mfa-preference'],
    mutationFn: updateMfaPreference,
    // Awaited: the button keeps spinning until the new state is on screen.
    onSettled: () => queryClient.invalidateQueries({ queryKey: mfaPreferenceQueryKey }),
  });
}
