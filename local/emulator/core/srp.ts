/**
 * Server side of Cognito's SRP-6a variant (USER_SRP_AUTH and DEVICE_SRP_AUTH).
 *
 * Every byte string that gets hashed must match what amazon-cognito-identity-js and
 * @aws-amplify/auth hash, so numbers are always hashed as padHex (Java BigInteger
 * toByteArray style) and hex strings from the wire are re-parsed rather than hashed as sent.
 */
import { createHash, createHmac, hkdfSync, randomBytes, timingSafeEqual } from 'node:crypto';

// RFC 3526 3072-bit MODP group, the group Cognito's clients hard-code.
const N_HEX =
  'FFFFFFFFFFFFFFFFC90FDAA22168C234C4C6628B80DC1CD1' +
  '29024E088A67CC74020BBEA63B139B22514A08798E3404DD' +
  'EF9519B3CD3A431B302B0A6DF25F14374FE1356D6D51C245' +
  'E485B576625E7EC6F44C42E9A637ED6B0BFF5CB6F406B7ED' +
  'EE386BFB5A899FA5AE9F24117C4B1FE649286651ECE45B3D' +
  'C2007CB8A163BF0598DA48361C55D39A69163FA8FD24CF5F' +
  '83655D23DCA3AD961C62F356208552BB9ED529077096966D' +
  '670C354E4ABC9804F1746C08CA18217C32905E462E36CE3B' +
  'E39E772C180E86039B2783A2EC07A28FB5C55DF06F4C52C9' +
  'DE2BCBF6955817183995497CEA956AE515D2261898FA0510' +
  '15728E5A8AAAC42DAD33170D04507A33A85521ABDF1CBA64' +
  'ECFB850458DBEF0A8AEA71575D060C7DB3970F85A6E1E4C7' +
  'ABF5AE8CDB0933D71E8C94E04A25619DCEE3D2261AD2EE6B' +
  'F12FFA06D98A0864D87602733EC86A64521F2B18177B200C' +
  'BBE117577A615D6C770988C0BAD946E208E24FA074E5AB31' +
  '43DB5BFCE0FD108E4B82D120A93AD2CAFFFFFFFFFFFFFFFF';

export const SRP_N: bigint = BigInt(`0x${N_HEX}`);
export const SRP_G: bigint = 2n;

const HEX_RE = /^[0-9a-fA-F]+$/;
// Standard or URL-safe alphabet, padding optional: Amplify decodes SECRET_BLOCK either way.
const BASE64_RE = /^[A-Za-z0-9+/_-]+={0,2}$/;
const HKDF_INFO = Buffer.from('Caldera Derived Key', 'utf8');
// Cognito (and the clients' own a) use short secret exponents; 256 bits keeps a sign-in cheap
// while staying far above the group's ~128-bit security level.
const B_BYTES = 32;

function parseHex(hex: string, what: string): bigint {
  if (!HEX_RE.test(hex)) throw new Error(`${what}: not a hex string`);
  return BigInt(`0x${hex}`);
}

/**
 * Even-length hex with a leading 00 when the top bit is set, so the bytes read back as a
 * non-negative number; the clients hash exactly this form.
 */
export function padHex(x: bigint | string): string {
  const n = typeof x === 'string' ? parseHex(x, 'padHex') : x;
  // The server only ever pads non-negative values; the clients' two's-complement branch is
  // reached only for their intermediate B - k·g^x, which never crosses the wire.
  if (n < 0n) throw new RangeError('padHex: negative value');
  let hex = n.toString(16);
  if (hex.length % 2 === 1) hex = `0${hex}`;
  return /^[89a-f]/.test(hex) ? `00${hex}` : hex;
}

function hexHash(hex: string): string {
  return createHash('sha256').update(Buffer.from(hex, 'hex')).digest('hex');
}

// Left-to-right 4-bit fixed window: about a quarter of the multiplications of plain
// square-and-multiply for the same 256-bit exponents, with no native bignum dependency.
function modPow(base: bigint, exponent: bigint, modulus: bigint): bigint {
  if (modulus === 1n) return 0n;
  if (exponent < 0n) throw new RangeError('modPow: negative exponent');
  const b = ((base % modulus) + modulus) % modulus;
  const table: bigint[] = [1n, b];
  for (let i = 2; i < 16; i++) table.push(((table[i - 1] as bigint) * b) % modulus);
  const hex = exponent.toString(16);
  let result = 1n;
  for (const digit of hex) {
    if (result !== 1n) {
      result = (result * result) % modulus;
      result = (result * result) % modulus;
      result = (result * result) % modulus;
      result = (result * result) % modulus;
    }
    const d = Number.parseInt(digit, 16);
    if (d !== 0) result = (result * (table[d] as bigint)) % modulus;
  }
  return result;
}

/** k = H(padHex(N) ‖ padHex(g)); exported so tests can pin it to the spec's value. */
export const SRP_K: bigint = BigInt(`0x${hexHash(padHex(SRP_N) + padHex(SRP_G))}`);

export function createPasswordVerifier(
  poolName: string,
  userIdForSrp: string,
  password: string,
  saltHex?: string,
): { saltHex: string; verifierHex: string } {
  const salt = saltHex === undefined ? padHex(randomBytes(16).toString('hex')) : padHex(saltHex);
  const identityHash = createHash('sha256')
    .update(`${poolName}${userIdForSrp}:${password}`, 'utf8')
    .digest('hex');
  const x = BigInt(`0x${hexHash(salt + identityHash)}`);
  return { saltHex: salt, verifierHex: padHex(modPow(SRP_G, x, SRP_N)) };
}

function decodeBase64Strict(value: string, what: string): Buffer {
  // Buffer.from(…, 'base64') silently skips junk, which would let a mangled value through.
  if (!BASE64_RE.test(value) || value.replace(/=+$/, '').length % 4 === 1) {
    throw new Error(`${what}: not base64`);
  }
  return Buffer.from(value, 'base64');
}

/** ConfirmDevice sends base64 of the padded-hex bytes; this turns it back into the hex we use. */
export function verifierFromDeviceConfig(cfg: { Salt: string; PasswordVerifier: string }): {
  saltHex: string;
  verifierHex: string;
} {
  const salt = decodeBase64Strict(cfg.Salt, 'Salt');
  const verifier = decodeBase64Strict(cfg.PasswordVerifier, 'PasswordVerifier');
  const v = BigInt(`0x${verifier.toString('hex')}`);
  if (v % SRP_N === 0n) throw new Error('PasswordVerifier: degenerate value');
  return { saltHex: salt.toString('hex'), verifierHex: verifier.toString('hex') };
}

function parseA(aHex: string): bigint {
  let A: bigint;
  try {
    A = parseHex(aHex, 'SRP_A');
  } catch {
    throw new Error('SRP_A');
  }
  // A ≡ 0 would force S = 0 whatever the password, letting anyone sign in.
  if (A % SRP_N === 0n) throw new Error('SRP_A');
  return A;
}

export function startSrp(
  verifierHex: string,
  aHex: string,
  bHex?: string,
): { bHex: string; BHex: string } {
  parseA(aHex);
  const v = parseHex(verifierHex, 'verifier');
  for (;;) {
    const b =
      bHex === undefined
        ? BigInt(`0x${randomBytes(B_BYTES).toString('hex')}`)
        : parseHex(bHex, 'b');
    if (b === 0n) {
      if (bHex !== undefined) throw new Error('b: zero');
      continue;
    }
    const B = (SRP_K * v + modPow(SRP_G, b, SRP_N)) % SRP_N;
    // The clients refuse B ≡ 0; with a random b it is astronomically unlikely, so just redraw.
    if (B === 0n) {
      if (bHex !== undefined) throw new Error('B: zero');
      continue;
    }
    return { bHex: padHex(b), BHex: padHex(B) };
  }
}

export function computeSrpKey(p: {
  aHex: string;
  BHex: string;
  bHex: string;
  verifierHex: string;
}): Buffer {
  const A = parseA(p.aHex);
  const B = parseHex(p.BHex, 'B');
  const b = parseHex(p.bHex, 'b');
  const v = parseHex(p.verifierHex, 'verifier');
  const uHex = hexHash(padHex(A) + padHex(B));
  const u = BigInt(`0x${uHex}`);
  if (u === 0n) throw new Error('SRP: u is zero');
  const S = modPow((A * modPow(v, u, SRP_N)) % SRP_N, b, SRP_N);
  const key = hkdfSync(
    'sha256',
    Buffer.from(padHex(S), 'hex'),
    Buffer.from(padHex(u), 'hex'),
    HKDF_INFO,
    16,
  );
  return Buffer.from(key);
}

export function passwordClaimSignature(p: {
  key: Buffer;
  poolName: string;
  userIdForSrp: string;
  secretBlockB64: string;
  timestamp: string;
}): string {
  return createHmac('sha256', p.key)
    .update(Buffer.from(p.poolName, 'utf8'))
    .update(Buffer.from(p.userIdForSrp, 'utf8'))
    .update(decodeBase64Strict(p.secretBlockB64, 'secret block'))
    .update(Buffer.from(p.timestamp, 'utf8'))
    .digest('base64');
}

/** Never throws: anything a client can send that does not check out is just a wrong password. */
export function verifyPasswordClaim(p: {
  poolName: string;
  userIdForSrp: string;
  aHex: string;
  BHex: string;
  bHex: string;
  verifierHex: string;
  secretBlockB64: string;
  timestamp: string;
  signatureB64: string;
}): boolean {
  try {
    const key = computeSrpKey(p);
    const expected = Buffer.from(
      passwordClaimSignature({
        key,
        poolName: p.poolName,
        userIdForSrp: p.userIdForSrp,
        secretBlockB64: p.secretBlockB64,
        timestamp: p.timestamp,
      }),
      'base64',
    );
    const given = decodeBase64Strict(p.signatureB64, 'signature');
    return given.length === expected.length && timingSafeEqual(given, expected);
  } catch {
    return false;
  }
}
