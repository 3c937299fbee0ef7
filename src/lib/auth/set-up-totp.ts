import { useMutation } from '@tanstack/react-query';
import { mfaPreferenceQueryKey } from './fetch-mfa-preference';

/** A new authenticator-app secret for the signed-in user, not yet verified. */
export interface TotpSecret {
  readonly sharedSecret: string;
  /** otpauth://totp/<issuer>:<account>?secret=…&issuer=…, for the QR code. */
  readonly setupUri: string;
}

export interface SetUpTotpInput {
  /** The name authenticator apps show the account under (e.g. "Cognito SPA"). */
  readonly issuer: string;
  /** Who the account is, as the user knows it (their email); Amplify's default is the user id. */
  readonly accountName: string;
}

/**
 * AssociateSoftwareToken: a fresh secret, replacing any earlier one not yet verified. Nothing
 * changes for sign-in until the secret is verified and TOTP is turned on.
 */
export async function setUpTotp({ issuer, accountName }: SetUpTotpInput): Promise<TotpSecret> {
  const { setUpTOTP } = await import('./amplify-mfa');
  const { sharedSecret, getSetupUri } = await setUpTOTP();
  return { sharedSecret, setupUri: getSetupUri(issuer, accountName).toString() };
}

/** setUpTotp as a mutation; the secret lives in it only while the setup form is on screen. */
export function useSetUpTotp() {
  return useMutation({
    mutationKey: [...mfaPreferenceQueryKey, 'set-up-totp'],
    mutationFn: setUpTotp,
    // The secret must not outlive the form in the mutation cache.
    gcTime: 0,
  });
}
