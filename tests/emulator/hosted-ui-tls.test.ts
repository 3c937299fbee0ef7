import { createPrivateKey, X509Certificate } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import {
  createSelfSignedCertificate,
  loadOrCreateCertificate,
} from '../../local/emulator/hosted-ui/tls-certificate.ts';

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});
const tempFile = () => {
  const dir = mkdtempSync(join(tmpdir(), 'hosted-tls-'));
  dirs.push(dir);
  return join(dir, 'tls.json');
};

describe('the hosted domain certificate', () => {
  it('is a well-formed self-signed certificate for the local host names', () => {
    // A few: random serials once produced non-minimal DER now and then.
    for (let i = 0; i < 3; i++) {
      const { key, cert } = createSelfSignedCertificate();
      const x509 = new X509Certificate(cert);
      expect(x509.checkPrivateKey(createPrivateKey(key))).toBe(true);
      expect(x509.verify(x509.publicKey)).toBe(true);
      expect(x509.ca).toBe(false);
      expect(x509.checkHost('localhost')).toBe('localhost');
      expect(x509.checkIP('127.0.0.1')).toBe('127.0.0.1');
      expect(x509.checkIP('::1')).toBe('::1');
      expect(x509.checkHost('example.com')).toBeUndefined();
      expect(Date.parse(x509.validFrom)).toBeLessThan(Date.now());
      expect(Date.parse(x509.validTo)).toBeGreaterThan(Date.now() + 365 * 86_400_000);
    }
  });

  it('is kept in a file and reused while valid, so a browser exception holds', () => {
    const file = tempFile();
    const first = loadOrCreateCertificate(file);
    expect(loadOrCreateCertificate(file)).toEqual(first);
    expect(JSON.parse(readFileSync(file, 'utf8'))).toEqual(first);
  });

  it('replaces a file it cannot use', () => {
    const file = tempFile();
    writeFileSync(file, '{"key":"nope","cert":"nope"}');
    const made = loadOrCreateCertificate(file);
    expect(new X509Certificate(made.cert).checkPrivateKey(createPrivateKey(made.key))).toBe(true);
    expect(JSON.parse(readFileSync(file, 'utf8'))).toEqual(made);
  });
});
