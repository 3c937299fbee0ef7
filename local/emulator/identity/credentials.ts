import { randomBytes } from 'node:crypto';
import type { Ctx } from '../core/context.ts';
import type { EmulatorState } from '../core/types.ts';
import type { IssuedCredentials } from './types.ts';

/** STS session credentials last an hour, as GetCredentialsForIdentity's do on AWS. */
export const CREDENTIALS_SECONDS = 3600;
const BASE32 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';
/** Expired credentials are forgotten a day later (a caller still hears "expired", not "unknown"). */
const EXPIRED_MEMORY_MS = 86_400_000;

/** Temporary keys look like STS's: `ASIA` + 16 base-32 characters, a 40-character secret. */
function accessKeyId(): string {
  const bytes = randomBytes(16);
  return `ASIA${Array.from(bytes, (b) => BASE32[b % 32]).join('')}`;
}

export function issueCredentials(
  ctx: Ctx,
  grant: Pick<IssuedCredentials, 'identityId' | 'identityPoolId' | 'roleArn' | 'authenticated'>,
): IssuedCredentials {
  ctx.state.identityCredentials ??= {};
  const store = ctx.state.identityCredentials;
  for (const [key, c] of Object.entries(store)) {
    if (c.expiresAt + EXPIRED_MEMORY_MS < ctx.now()) delete store[key];
  }
  const issued: IssuedCredentials = {
    ...grant,
    accessKeyId: accessKeyId(),
    secretAccessKey: randomBytes(30).toString('base64'),
    sessionToken: randomBytes(256).toString('base64'),
    expiresAt: ctx.now() + CREDENTIALS_SECONDS * 1000,
  };
  store[issued.accessKeyId] = issued;
  return issued;
}

/**
 * The credentials GetCredentialsForIdentity issued under this access key id, expired or not
 * (compare `expiresAt` with the emulator's clock), or undefined for a key it never issued.
 */
export function findIssuedCredentials(
  state: EmulatorState,
  accessKeyId: string,
): IssuedCredentials | undefined {
  const store = state.identityCredentials ?? {};
  return Object.hasOwn(store, accessKeyId) ? store[accessKeyId] : undefined;
}
