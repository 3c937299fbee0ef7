import { queryOptions, useQuery } from '@tanstack/react-query';
import { listWebAuthnCredentials } from 'aws-amplify/auth';
import { accountQueryKey } from './fetch-mfa-preference';

/** A passkey registered for the signed-in user, as Cognito lists it. */
export interface Passkey {
  readonly id: string;
  /** Cognito's name for it, from the authenticator (e.g. "iCloud Keychain") or a generic one. */
  readonly name: string;
  /** ISO timestamp. */
  readonly createdAt?: string;
  /** platform: built into a device; cross-platform: a security key or another device. */
  readonly attachment?: string;
}

export const passkeysQueryKey = [...accountQueryKey, 'passkeys'] as const;

// Cognito's page size limit, and also its limit on passkeys per user; a few pages at most.
const PAGE_SIZE = 20;
const MAX_PAGES = 5;

/** ListWebAuthnCredentials, every page. */
export async function listPasskeys(): Promise<Passkey[]> {
  const passkeys: Passkey[] = [];
  let nextToken: string | undefined;
  for (let page = 0; page < MAX_PAGES; page += 1) {
    const result = await listWebAuthnCredentials({ pageSize: PAGE_SIZE, nextToken });
    for (const credential of result.credentials) {
      if (!credential.credentialId) continue;
      passkeys.push({
        id: credential.credentialId,
        name: credential.friendlyCredentialName || 'Passkey',
        ...(credential.createdAt && { createdAt: credential.createdAt.toISOString() }),
        ...(credential.authenticatorAttachment && {
          attachment: credential.authenticatorAttachment,
        }),
      });
    }
    nextToken = result.nextToken;
    if (!nextToken) break;
  }
  return passkeys;
}

export const passkeysQueryOptions = () =>
  queryOptions({
    queryKey: passkeysQueryKey,
    queryFn: listPasskeys,
    retry: false,
    staleTime: 30_000,
  });

/** The user's passkeys, with loading and error states for the page to show. */
export const usePasskeys = () => useQuery(passkeysQueryOptions());
