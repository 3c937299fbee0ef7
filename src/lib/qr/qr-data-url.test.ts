import { describe, expect, it } from 'vitest';
import { qrDataUrl, qrModules, qrSvg } from './qr-data-url';
import { OTPAUTH_URI, QR_VECTORS } from './qr-test-vectors';

const toHexRows = (modules: readonly (readonly boolean[])[]) =>
  modules.map((row) => {
    const bits = row.map((dark) => (dark ? '1' : '0')).join('');
    const padded = bits.padEnd(Math.ceil(bits.length / 4) * 4, '0');
    return padded.replace(/[01]{4}/g, (nibble) => Number.parseInt(nibble, 2).toString(16));
  });

/** The 15 format bits as the first copy stores them, most significant first. */
const formatBits = (modules: readonly (readonly boolean[])[]) => {
  const bit = (x: number, y: number) => (modules[y]?.[x] ? '1' : '0');
  const row = [0, 1, 2, 3, 4, 5, 7, 8].map((x) => bit(x, 8)).join('');
  const column = [7, 5, 4, 3, 2, 1, 0].map((y) => bit(8, y)).join('');
  return row + column;
};

// The library is trusted for the encoding; these pin the options we call it with (byte mode,
// level M, no border) to an independent encoder's output, module for module.
describe('qrModules', () => {
  it.each(QR_VECTORS)(
    'draws the $name vector (version $version, mask $mask) as node-qrcode does',
    (vector) => {
      const modules = qrModules(vector.text, { mask: vector.mask });
      expect(modules).toHaveLength(vector.version * 4 + 17);
      expect(toHexRows(modules)).toEqual(vector.rows);
    },
  );

  it.each([
    [0, '101010000010010'],
    [4, '100010111111001'],
    [7, '100101010100000'],
  ])('writes the standard format bits for level M, mask %i', (mask, bits) => {
    expect(formatBits(qrModules('HELLO', { mask }))).toBe(bits);
  });

  it('fits an authenticator URI, and a long one too', () => {
    expect(qrModules(OTPAUTH_URI)).toHaveLength(8 * 4 + 17);
    expect(qrModules(`${OTPAUTH_URI}&x=${'a'.repeat(400)}`).length).toBeGreaterThan(57);
  });
});

describe('qrDataUrl', () => {
  it('is an SVG data URL with a quiet zone and one square per dark module', () => {
    const url = qrDataUrl('HELLO');
    expect(url).toMatch(/^data:image\/svg\+xml,/);
    const svg = decodeURIComponent(url.slice('data:image/svg+xml,'.length));
    expect(svg).toBe(qrSvg(qrModules('HELLO')));
    expect(svg).toContain('viewBox="0 0 29 29"');
    const dark = qrModules('HELLO').flat().filter(Boolean).length;
    expect(svg.match(/h1v1h-1z/g)).toHaveLength(dark);
  });
});
