import { alnum } from '../../../local/emulator/core/ids.ts';
import { createPoolKey } from '../../../local/emulator/core/jwt.ts';
import type { PoolKey } from '../../../local/emulator/core/types.ts';

// Two, handed out in turn: a pool asks for its ID key, then its access key, so the two differ.
const made: PoolKey[] = [];
let next = 0;

/**
 * The emulator's `createPoolKey` for tests. Most tests make a pool or several, each with two RSA
 * keys, and generating one takes 100-200 ms of CPU, more than the rest of most tests; so a test
 * process makes two once and gives every pool them under key ids of its own. A token still
 * verifies only against its own pool's JWKS (kids never repeat). A test that signs with another
 * pool's private key (a forgery) needs keys of its own: start that pool with fresh keys.
 */
export function reusedPoolKey(): PoolKey {
  const index = next++ % 2;
  made[index] ??= createPoolKey();
  const { privateKeyPem, publicJwk } = made[index];
  const kid = alnum(32);
  return { kid, privateKeyPem, publicJwk: { ...publicJwk, kid } };
}
