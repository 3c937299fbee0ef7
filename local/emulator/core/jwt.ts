import { createPrivateKey, createPublicKey, generateKeyPairSync, sign, verify } from 'node:crypto';
import { alnum } from './ids.ts';
import type { PoolKey } from './types.ts';

export function createPoolKey(): PoolKey {
  const { privateKey, publicKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
  const kid = alnum(32);
  const jwk = publicKey.export({ format: 'jwk' }) as Record<string, string>;
  return {
    kid,
    privateKeyPem: privateKey.export({ format: 'pem', type: 'pkcs8' }).toString(),
    publicJwk: { alg: 'RS256', e: jwk.e ?? '', kid, kty: 'RSA', n: jwk.n ?? '', use: 'sig' },
  };
}

const b64 = (value: unknown): string => Buffer.from(JSON.stringify(value)).toString('base64url');

export function signJwt(key: PoolKey, payload: Record<string, unknown>): string {
  const head = `${b64({ kid: key.kid, alg: 'RS256' })}.${b64(payload)}`;
  const signature = sign('sha256', Buffer.from(head), createPrivateKey(key.privateKeyPem));
  return `${head}.${signature.toString('base64url')}`;
}

/** Reads the payload without trusting it: only to find which pool's key must verify it. */
export function peekJwt(token: string): Record<string, unknown> | undefined {
  const parts = token.split('.');
  if (parts.length !== 3 || !parts[1]) return undefined;
  try {
    const payload = JSON.parse(Buffer.from(parts[1], 'base64url').toString('utf8'));
    return payload && typeof payload === 'object' ? payload : undefined;
  } catch {
    return undefined;
  }
}

/** True when the header names this key, the algorithm is RS256 and the signature holds. */
export function verifyJwt(key: PoolKey, token: string): boolean {
  const [h, p, s] = token.split('.');
  if (!h || !p || !s) return false;
  try {
    const header = JSON.parse(Buffer.from(h, 'base64url').toString('utf8'));
    if (header.alg !== 'RS256' || header.kid !== key.kid) return false;
    const publicKey = createPublicKey({ key: key.publicJwk, format: 'jwk' });
    return verify('sha256', Buffer.from(`${h}.${p}`), publicKey, Buffer.from(s, 'base64url'));
  } catch {
    return false;
  }
}
