import { queryOptions, useQuery } from '@tanstack/react-query';
import { fetchUserAttributes as amplifyFetchUserAttributes } from 'aws-amplify/auth';
import { accountQueryKey } from './fetch-mfa-preference';

/** The signed-in user's Cognito attributes by name (email, email_verified, custom:team…). */
export type UserAttributes = Readonly<Record<string, string>>;

/** The attributes Cognito verifies with a code, and keeps `<name>_verified` for. */
export type ContactAttribute = 'email' | 'phone_number';

export const userAttributesQueryKey = [...accountQueryKey, 'attributes'] as const;

/** GetUser's attributes, read from Cognito (the ID token may be older than a change just made). */
export async function fetchUserAttributes(): Promise<UserAttributes> {
  const attributes = await amplifyFetchUserAttributes();
  return Object.fromEntries(
    Object.entries(attributes).filter((entry): entry is [string, string] => entry[1] != null),
  );
}

export const userAttributesQueryOptions = () =>
  queryOptions({
    queryKey: userAttributesQueryKey,
    queryFn: fetchUserAttributes,
    // Amplify already retries network failures; the page offers "Try again" for the rest.
    retry: false,
    // Warmed by the route loader: the page must not read it again the moment it mounts.
    staleTime: 30_000,
  });

/** The user's attributes, with loading and error states for the page to show. */
export const useUserAttributes = () => useQuery(userAttributesQueryOptions());
