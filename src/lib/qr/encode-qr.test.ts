import { describe, expect, it } from 'vitest';
import { encodeQr, qrVersionFor, reedSolomon } from './encode-qr';
import { qrDataUrl, qrSvg } from './qr-data-url';
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

describe('Reed–Solomon', () => {
  it('matches the worked example for HELLO WORLD at 1-M', () => {
    const data = [32, 91, 11, 120, 209, 114, 220, 77, 67, 64, 236, 17, 236, 17, 236, 17];
    expect(reedSolomon(data, 10)).toEqual([196, 35, 39, 119, 235, 215, 231, 226, 93, 23]);
  });
});

describe('encodeQr', () => {
  it.each([
    [1, 1],
    [14, 1],
    [15, 2],
    [122, 7],
    [123, 8],
    [180, 9],
    [213, 10],
  ])('fits %i bytes in version %i', (length, version) => {
    expect(qrVersionFor(length)).toBe(version);
  });

  it('refuses text longer than version 10 holds', () => {
    expect(() => encodeQr('x'.repeat(214))).toThrow(RangeError);
  });

  it.each(QR_VECTORS)(
    'draws the $name vector (version $version, mask $mask) module for module',
    (vector) => {
      const qr = encodeQr(vector.text, { mask: vector.mask });
      expect(qr.version).toBe(vector.version);
      expect(qr.size).toBe(vector.version * 4 + 17);
      expect(toHexRows(qr.modules)).toEqual(vector.rows);
    },
  );

  it.each([
    [0, '101010000010010'],
    [1, '101000100100101'],
    [2, '101111001111100'],
    [3, '101101101001011'],
    [4, '100010111111001'],
    [5, '100000011001110'],
    [6, '100111110010111'],
    [7, '100101010100000'],
  ])('writes the standard format bits for level M, mask %i', (mask, bits) => {
    expect(formatBits(encodeQr('HELLO', { mask }).modules)).toBe(bits);
  });

  it('chooses a mask by itself and says which one in the format bits', () => {
    const qr = encodeQr(OTPAUTH_URI);
    expect(qr.version).toBe(8);
    expect(formatBits(qr.modules)).toBe(
      formatBits(encodeQr(OTPAUTH_URI, { mask: qr.mask }).modules),
    );
  });

  it('encodes text as UTF-8', () => {
    // Two 3-byte characters plus one: 7 bytes.
    expect(encodeQr('漢字a').version).toBe(1);
    expect(qrVersionFor(new TextEncoder().encode('é'.repeat(8)).length)).toBe(2);
  });
});

describe('qrDataUrl', () => {
  it('is an SVG data URL with a quiet zone and one square per dark module', () => {
    const url = qrDataUrl('HELLO');
    expect(url).toMatch(/^data:image\/svg\+xml,/);
    const svg = decodeURIComponent(url.slice('data:image/svg+xml,'.length));
    expect(svg).toBe(qrSvg(encodeQr('HELLO')));
    expect(svg).toContain('viewBox="0 0 29 29"');
    const dark = encodeQr('HELLO').modules.flat().filter(Boolean).length;
    expect(svg.match(/h1v1h-1z/g)).toHaveLength(dark);
  });
});
