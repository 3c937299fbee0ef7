import { queryOptions, useQuery } from '@tanstack/react-query';
import { fetchAuthSession } from 'aws-amplify/auth';
import type { AppConfig } from '../config/types';

/** What the profile shows of the identity pool's answer: never the keys themselves. */
export interface AwsIdentity {
  readonly identityId: string;
  /** When the temporary AWS credentials stop working (ms since the epoch). */
  readonly expiresAt: number | null;
}

type Settings = Pick<AppConfig, 'identityPoolId' | 'identityPoolEndpoint' | 'storage'>;

/**
 * Asks the identity pool for this user's identity and temporary AWS credentials (Cognito
 * Identity's GetId, then GetCredentialsForIdentity), keeping only the id and expiry. The
 * credentials provider loads here, on first use, not with the page.
 */
export async function getAwsIdentity(settings: Settings): Promise<AwsIdentity> {
  const { configureIdentityPool } = await import('./configure-identity-pool');
  await configureIdentityPool(settings);
  const session = await fetchAuthSession();
  if (!session.identityId || !session.credentials) {
    const error = new Error('The identity pool gave no credentials.');
    error.name = 'NoCredentials';
    throw error;
  }
  return {
    identityId: session.identityId,
    expiresAt: session.credentials.expiration?.getTime() ?? null,
  };
}

export const awsIdentityQueryKey = ['auth', 'aws-identity'] as const;

export const getAwsIdentityQueryOptions = (settings: Settings) =>
  queryOptions({
    queryKey: awsIdentityQueryKey,
    queryFn: () => getAwsIdentity(settings),
    // The credentials are good for an hour; asking again each render would call Cognito.
    staleTime: 5 * 60_000,
    retry: false,
  });

/** The identity, asked for when a component first shows it. */
export const useAwsIdentity = (settings: Settings) =>
  useQuery(getAwsIdentityQueryOptions(settings));
