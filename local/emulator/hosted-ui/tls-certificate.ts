import {
  createPrivateKey,
  generateKeyPairSync,
  randomBytes,
  sign,
  X509Certificate,
} from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';

/** A PEM key and certificate pair, as `https.createServer` takes them. */
export interface TlsMaterial {
  key: string;
  cert: string;
}

// Amplify always calls the hosted domain over https, and Node has no X.509 writer, so this
// builds the one self-signed certificate the local hosted domain needs straight in DER.

const tlv = (tag: number, content: Buffer): Buffer => {
  const n = content.length;
  const length =
    n < 0x80
      ? Buffer.from([n])
      : n < 0x100
        ? Buffer.from([0x81, n])
        : Buffer.from([0x82, n >> 8, n & 0xff]);
  return Buffer.concat([Buffer.from([tag]), length, content]);
};
const seq = (...items: Buffer[]) => tlv(0x30, Buffer.concat(items));
const set = (...items: Buffer[]) => tlv(0x31, Buffer.concat(items));
const explicit = (n: number, item: Buffer) => tlv(0xa0 + n, item);
const octets = (content: Buffer) => tlv(0x04, content);
const utf8 = (text: string) => tlv(0x0c, Buffer.from(text, 'utf8'));
const bool = (value: boolean) => tlv(0x01, Buffer.from([value ? 0xff : 0]));
const bits = (content: Buffer, unused = 0) =>
  tlv(0x03, Buffer.concat([Buffer.from([unused]), content]));

function oid(dotted: string): Buffer {
  const [a = 0, b = 0, ...rest] = dotted.split('.').map(Number);
  const bytes = [a * 40 + b];
  for (const part of rest) {
    const chunk = [part & 0x7f];
    for (let v = part >> 7; v > 0; v >>= 7) chunk.unshift((v & 0x7f) | 0x80);
    bytes.push(...chunk);
  }
  return tlv(0x06, Buffer.from(bytes));
}

/** A DER INTEGER from unsigned big-endian bytes: minimal, and positive. */
function integer(value: Buffer): Buffer {
  let start = 0;
  while (start < value.length - 1 && value[start] === 0) start++;
  const bytes = value.subarray(start);
  return tlv(0x02, (bytes[0] ?? 0) & 0x80 ? Buffer.concat([Buffer.from([0]), bytes]) : bytes);
}

/** UTCTime for years before 2050, GeneralizedTime after, as RFC 5280 requires. */
function time(date: Date): Buffer {
  const iso = date.toISOString().replace(/[-:T]/g, '').slice(0, 14);
  return date.getUTCFullYear() < 2050
    ? tlv(0x17, Buffer.from(`${iso.slice(2)}Z`))
    : tlv(0x18, Buffer.from(`${iso}Z`));
}

const SHA256_WITH_RSA = seq(oid('1.2.840.113549.1.1.11'), tlv(0x05, Buffer.alloc(0)));

function subjectAltNames(hosts: string[]): Buffer {
  const names = hosts.map((host) => {
    const ipv4 = /^\d{1,3}(?:\.\d{1,3}){3}$/.test(host);
    if (ipv4) return tlv(0x87, Buffer.from(host.split('.').map(Number)));
    if (host === '::1') return tlv(0x87, Buffer.from([...Array(15).fill(0), 1]));
    return tlv(0x82, Buffer.from(host, 'ascii'));
  });
  return seq(oid('2.5.29.17'), octets(seq(...names)));
}

/** A fresh RSA key and a self-signed certificate valid for `hosts` (DNS names or IPv4). */
export function createSelfSignedCertificate(
  hosts: string[] = ['localhost', '127.0.0.1', '::1'],
  commonName = 'cognito-spa local hosted domain',
  days = 825,
): TlsMaterial {
  const { privateKey, publicKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
  const name = seq(set(seq(oid('2.5.4.3'), utf8(commonName))));
  const now = Date.now();
  const serial = randomBytes(16);
  const tbs = seq(
    explicit(0, integer(Buffer.from([2]))),
    integer(serial),
    SHA256_WITH_RSA,
    name,
    seq(time(new Date(now - 86_400_000)), time(new Date(now + days * 86_400_000))),
    name,
    publicKey.export({ type: 'spki', format: 'der' }),
    explicit(
      3,
      seq(
        seq(oid('2.5.29.19'), bool(true), octets(seq())),
        seq(oid('2.5.29.15'), bool(true), octets(bits(Buffer.from([0xa0]), 5))),
        seq(oid('2.5.29.37'), octets(seq(oid('1.3.6.1.5.5.7.3.1')))),
        subjectAltNames(hosts),
      ),
    ),
  );
  const signature = sign('sha256', tbs, privateKey);
  const der = seq(tbs, SHA256_WITH_RSA, bits(signature));
  const body = der.toString('base64').replace(/.{64}/g, '$&\n');
  return {
    key: privateKey.export({ type: 'pkcs8', format: 'pem' }).toString(),
    cert: `-----BEGIN CERTIFICATE-----\n${body}${body.endsWith('\n') ? '' : '\n'}-----END CERTIFICATE-----\n`,
  };
}

/**
 * Reuses the certificate kept in `file` while it is valid, so a browser that was told once
 * to trust the local hosted domain keeps trusting it across `npm start` runs.
 */
export function loadOrCreateCertificate(file?: string): TlsMaterial {
  if (file && existsSync(file)) {
    try {
      const saved = JSON.parse(readFileSync(file, 'utf8')) as TlsMaterial;
      const cert = new X509Certificate(saved.cert);
      if (
        Date.parse(cert.validTo) > Date.now() + 86_400_000 &&
        cert.checkPrivateKey(createPrivateKey(saved.key))
      ) {
        return saved;
      }
    } catch {
      // An unreadable file is replaced below.
    }
  }
  const material = createSelfSignedCertificate();
  if (file) {
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, JSON.stringify(material), { mode: 0o600 });
  }
  return material;
}
