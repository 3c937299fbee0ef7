import type { StorageConfig } from '../config/types';

/** One file in the user's private folder, as listed. */
export interface StoredFile {
  /** The object's full key, `private/<identityId>/<name>`. */
  readonly path: string;
  /** The name the user gave it: the key without the folder. */
  readonly name: string;
  readonly size: number;
  readonly lastModified: Date | null;
}

export const filesQueryKey = ['files'] as const;

/**
 * The user's folder, `private/<identityId>/`: the only prefix the identity pool's role may
 * touch. Amplify fills in the identity id from the credentials it signs with.
 */
export const privateFolder = ({ identityId }: { identityId?: string }): string =>
  `private/${identityId}/`;

/**
 * Per-call options for a local S3 stand-in. Amplify reads `customEndpoint` (host[:port], always
 * HTTPS) at run time but leaves it out of its public types, hence the cast.
 */
export const endpointOptions = (storage: Pick<StorageConfig, 'endpoint'>) =>
  (storage.endpoint ? { customEndpoint: storage.endpoint } : {}) as Record<string, never>;
