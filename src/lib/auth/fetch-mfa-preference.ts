import { queryOptions, useQuery } from '@tanstack/react-query';
import type { MfaType } from '../config/types';

/** The signed-in user's MFA settings, as Cognito's GetUser reports them. */
export interface MfaPreference {
  /** The kinds Cognito may ask for at sign-in; empty means no second step. */
  readonly enabled: readonly MfaType[];
  /** The kind asked for when several are on; absent lets the user choose at each sign-in. */
  readonly preferred?: MfaType;
}

/**
 * Account data belongs to one user. It lives outside ['auth', …] on purpose: the session layer
 * drops every such query when someone signs in or out, so no one sees another user's settings.
 */
export const accountQueryKey = ['account'] as const;
export const mfaPreferenceQueryKey = [...accountQueryKey, 'mfa-preference'] as const;

/** GetUser's PreferredMfaSetting and UserMFASettingList, in Amplify's names (TOTP, EMAIL, SMS). */
export async function fetchMfaPreference(): Promise<MfaPreference> {
  const { fetchMFAPreference } = await import('./amplify-mfa');
  const { enabled = [], preferred } = await fetchMFAPreference();
  return { enabled, ...(preferred && { preferred }) };
}

export const mfaPreferenceQueryOptions = () =>
  queryOptions({
    queryKey: mfaPreferenceQueryKey,
    queryFn: fetchMfaPreference,
    // Amplify already retries network failures; the page offers "Try again" for the rest.
    retry: false,
    // Warmed by the route loader: the page must not fetch it again the moment it mounts.
    staleTime: 30_000,
  });

/** The MFA settings, with loading and error states for the page to show. */
export const useMfaPreference = () => useQuery(mfaPreferenceQueryOptions());
