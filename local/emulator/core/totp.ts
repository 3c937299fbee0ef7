import { createHmac, randomBytes } from 'node:crypto';

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';

export function base32Encode(bytes: Buffer): string {
  let bits = 0;
  let value = 0;
  let out = '';
  for (const byte of bytes) {
    value = (value << 8) | byte;
    bits += 8;
    while (bits >= 5) {
      out += ALPHABET[(value >>> (bits - 5)) & 31];
      bits -= 5;
    }
  }
  if (bits > 0) out += ALPHABET[(value << (5 - bits)) & 31];
  return out;
}

export function base32Decode(text: string): Buffer {
  const clean = text.toUpperCase().replace(/=+$/, '');
  let bits = 0;
  let value = 0;
  const out: number[] = [];
  for (const ch of clean) {
    const index = ALPHABET.indexOf(ch);
    if (index < 0) throw new Error('not base32');
    value = (value << 5) | index;
    bits += 5;
    if (bits >= 8) {
      out.push((value >>> (bits - 8)) & 255);
      bits -= 8;
    }
  }
  return Buffer.from(out);
}

/** Cognito's secrets are 32 base32 characters (20 bytes). */
export const newTotpSecret = (): string => base32Encode(randomBytes(20));

/** RFC 6238 with SHA-1, 6 digits, 30-second steps. */
export function totpAt(secret: string, step: number): string {
  const counter = Buffer.alloc(8);
  counter.writeBigUInt64BE(BigInt(step));
  const mac = createHmac('sha1', base32Decode(secret)).update(counter).digest();
  const offset = (mac[mac.length - 1] ?? 0) & 15;
  const code = (mac.readUInt32BE(offset) & 0x7fffffff) % 1_000_000;
  return String(code).padStart(6, '0');
}

export const totpStep = (ms: number): number => Math.floor(ms / 30_000);

/**
 * The step a code matches within ±1 step of `ms`, or undefined.
 * Callers remember the step so a code cannot be replayed.
 */
export function matchTotp(secret: string, code: string, ms: number): number | undefined {
  if (!/^\d{6}$/.test(code)) return undefined;
  const now = totpStep(ms);
  for (const step of [now, now - 1, now + 1]) {
    if (totpAt(secret, step) === code) return step;
  }
  return undefined;
}
