/**
 * A small QR code encoder (ISO/IEC 18004): byte mode, error correction level M, versions
 * 1–10 (up to 213 bytes), which covers an otpauth:// URI. No dependency, no canvas: the
 * result is a matrix that qr-data-url.ts draws as SVG.
 */

/** Dark modules as true; `modules[y][x]`, without the quiet zone. */
export interface QrMatrix {
  readonly version: number;
  readonly mask: number;
  readonly size: number;
  readonly modules: readonly (readonly boolean[])[];
}

interface BlockLayout {
  /** Error correction codewords per block. */
  readonly ec: number;
  /** Data codewords of each block, in order (group 1, then group 2). */
  readonly blocks: readonly number[];
}

const rep = (count: number, value: number) => Array<number>(count).fill(value);

// Level M, from the standard's table 9: EC codewords per block, and the data codewords per block.
const LAYOUT_M: readonly BlockLayout[] = [
  { ec: 10, blocks: [16] },
  { ec: 16, blocks: [28] },
  { ec: 26, blocks: [44] },
  { ec: 18, blocks: rep(2, 32) },
  { ec: 24, blocks: rep(2, 43) },
  { ec: 16, blocks: rep(4, 27) },
  { ec: 18, blocks: rep(4, 31) },
  { ec: 22, blocks: [...rep(2, 38), ...rep(2, 39)] },
  { ec: 22, blocks: [...rep(3, 36), ...rep(2, 37)] },
  { ec: 26, blocks: [...rep(4, 43), 44] },
];

// Centres of the alignment patterns per version (table E.1).
const ALIGNMENT: readonly (readonly number[])[] = [
  [],
  [6, 18],
  [6, 22],
  [6, 26],
  [6, 30],
  [6, 34],
  [6, 22, 38],
  [6, 24, 42],
  [6, 26, 46],
  [6, 28, 50],
];

export const QR_MAX_VERSION = LAYOUT_M.length;

/** Level M's two format bits. */
const ECL_M = 0b00;

const layoutOf = (version: number): BlockLayout => {
  const layout = LAYOUT_M[version - 1];
  if (!layout) throw new RangeError(`QR version ${version} is not supported`);
  return layout;
};

const dataCapacity = (version: number) => layoutOf(version).blocks.reduce((a, b) => a + b, 0);

/** Bits the byte-mode header and payload take: mode (4), count (8 or 16), then the bytes. */
const bitsNeeded = (version: number, length: number) => 4 + (version < 10 ? 8 : 16) + length * 8;

// --- Reed–Solomon over GF(256), primitive polynomial x^8 + x^4 + x^3 + x^2 + 1 (0x11d) ---

function gfMultiply(x: number, y: number): number {
  let z = 0;
  for (let i = 7; i >= 0; i--) {
    z = (z << 1) ^ ((z >>> 7) * 0x11d);
    z ^= ((y >>> i) & 1) * x;
  }
  return z;
}

/** Coefficients of the generator polynomial of the given degree, highest power omitted. */
function rsDivisor(degree: number): number[] {
  const result = Array<number>(degree).fill(0);
  result[degree - 1] = 1;
  let root = 1;
  for (let i = 0; i < degree; i++) {
    for (let j = 0; j < result.length; j++) {
      result[j] = gfMultiply(result[j] ?? 0, root);
      if (j + 1 < result.length) result[j] = (result[j] ?? 0) ^ (result[j + 1] ?? 0);
    }
    root = gfMultiply(root, 0x02);
  }
  return result;
}

/** The error correction codewords for one block of data. */
export function reedSolomon(data: readonly number[], degree: number): number[] {
  const divisor = rsDivisor(degree);
  const result = Array<number>(degree).fill(0);
  for (const byte of data) {
    const factor = byte ^ (result.shift() ?? 0);
    result.push(0);
    divisor.forEach((coefficient, i) => {
      result[i] = (result[i] ?? 0) ^ gfMultiply(coefficient, factor);
    });
  }
  return result;
}

// --- Data codewords ---

function dataCodewords(bytes: Uint8Array, version: number): number[] {
  const capacity = dataCapacity(version) * 8;
  const bits: number[] = [];
  const put = (value: number, length: number) => {
    for (let i = length - 1; i >= 0; i--) bits.push((value >>> i) & 1);
  };
  put(0b0100, 4);
  put(bytes.length, version < 10 ? 8 : 16);
  for (const byte of bytes) put(byte, 8);
  put(0, Math.min(4, capacity - bits.length));
  put(0, (8 - (bits.length % 8)) % 8);
  const words: number[] = [];
  for (let i = 0; i < bits.length; i += 8) {
    words.push(bits.slice(i, i + 8).reduce((acc, bit) => (acc << 1) | bit, 0));
  }
  for (let pad = 0xec; words.length < capacity / 8; pad ^= 0xec ^ 0x11) words.push(pad);
  return words;
}

/** Splits into blocks, adds error correction, and interleaves as the symbol stores them. */
function interleave(data: readonly number[], version: number): number[] {
  const { ec, blocks } = layoutOf(version);
  const dataBlocks: number[][] = [];
  let offset = 0;
  for (const length of blocks) {
    dataBlocks.push(data.slice(offset, offset + length));
    offset += length;
  }
  const ecBlocks = dataBlocks.map((block) => reedSolomon(block, ec));
  const out: number[] = [];
  const longest = Math.max(...blocks);
  for (let i = 0; i < longest; i++) {
    for (const block of dataBlocks) if (i < block.length) out.push(block[i] ?? 0);
  }
  for (let i = 0; i < ec; i++) for (const block of ecBlocks) out.push(block[i] ?? 0);
  return out;
}

// --- The symbol ---

class QrSymbol {
  readonly size: number;
  readonly dark: boolean[][];
  readonly reserved: boolean[][];

  constructor(readonly version: number) {
    this.size = version * 4 + 17;
    this.dark = Array.from({ length: this.size }, () => Array<boolean>(this.size).fill(false));
    this.reserved = Array.from({ length: this.size }, () => Array<boolean>(this.size).fill(false));
  }

  set(x: number, y: number, dark: boolean): void {
    const row = this.dark[y];
    const reservedRow = this.reserved[y];
    if (!row || !reservedRow || x < 0 || x >= this.size) return;
    row[x] = dark;
    reservedRow[x] = true;
  }

  isReserved(x: number, y: number): boolean {
    return this.reserved[y]?.[x] ?? true;
  }

  drawFunctionPatterns(): void {
    const { size } = this;
    for (let i = 0; i < size; i++) {
      this.set(6, i, i % 2 === 0);
      this.set(i, 6, i % 2 === 0);
    }
    this.drawFinder(3, 3);
    this.drawFinder(size - 4, 3);
    this.drawFinder(3, size - 4);
    const centres = ALIGNMENT[this.version - 1] ?? [];
    const last = centres.length - 1;
    centres.forEach((cx, i) => {
      centres.forEach((cy, j) => {
        const overlapsFinder =
          (i === 0 && j === 0) || (i === 0 && j === last) || (i === last && j === 0);
        if (!overlapsFinder) this.drawAlignment(cx, cy);
      });
    });
    // Reserve the format areas now; drawFormat fills them once the mask is known.
    this.drawFormat(0);
    this.drawVersion();
  }

  private drawFinder(cx: number, cy: number): void {
    for (let dy = -4; dy <= 4; dy++) {
      for (let dx = -4; dx <= 4; dx++) {
        const ring = Math.max(Math.abs(dx), Math.abs(dy));
        this.set(cx + dx, cy + dy, ring !== 2 && ring !== 4);
      }
    }
  }

  private drawAlignment(cx: number, cy: number): void {
    for (let dy = -2; dy <= 2; dy++) {
      for (let dx = -2; dx <= 2; dx++) {
        this.set(cx + dx, cy + dy, Math.max(Math.abs(dx), Math.abs(dy)) !== 1);
      }
    }
  }

  drawFormat(mask: number): void {
    const data = (ECL_M << 3) | mask;
    let rem = data;
    for (let i = 0; i < 10; i++) rem = (rem << 1) ^ ((rem >>> 9) * 0x537);
    const bits = ((data << 10) | rem) ^ 0x5412;
    const bit = (i: number) => ((bits >>> i) & 1) === 1;
    const { size } = this;
    for (let i = 0; i <= 5; i++) this.set(8, i, bit(i));
    this.set(8, 7, bit(6));
    this.set(8, 8, bit(7));
    this.set(7, 8, bit(8));
    for (let i = 9; i < 15; i++) this.set(14 - i, 8, bit(i));
    for (let i = 0; i < 8; i++) this.set(size - 1 - i, 8, bit(i));
    for (let i = 8; i < 15; i++) this.set(8, size - 15 + i, bit(i));
    this.set(8, size - 8, true);
  }

  private drawVersion(): void {
    if (this.version < 7) return;
    let rem = this.version;
    for (let i = 0; i < 12; i++) rem = (rem << 1) ^ ((rem >>> 11) * 0x1f25);
    const bits = (this.version << 12) | rem;
    for (let i = 0; i < 18; i++) {
      const dark = ((bits >>> i) & 1) === 1;
      const a = this.size - 11 + (i % 3);
      const b = Math.floor(i / 3);
      this.set(a, b, dark);
      this.set(b, a, dark);
    }
  }

  /** Places codewords in the two-column zigzag, skipping function patterns. */
  drawCodewords(codewords: readonly number[]): void {
    const { size } = this;
    let i = 0;
    for (let right = size - 1; right >= 1; right -= 2) {
      if (right === 6) right = 5;
      const upward = ((right + 1) & 2) === 0;
      for (let vert = 0; vert < size; vert++) {
        const y = upward ? size - 1 - vert : vert;
        for (let j = 0; j < 2; j++) {
          const x = right - j;
          if (this.isReserved(x, y)) continue;
          const byte = codewords[i >>> 3] ?? 0;
          const row = this.dark[y];
          if (row) row[x] = i < codewords.length * 8 && ((byte >>> (7 - (i & 7))) & 1) === 1;
          i++;
        }
      }
    }
  }

  /** XORs the data area with mask pattern `mask` (it is its own inverse). */
  applyMask(mask: number): void {
    for (let y = 0; y < this.size; y++) {
      const row = this.dark[y];
      if (!row) continue;
      for (let x = 0; x < this.size; x++) {
        if (!this.isReserved(x, y) && maskBit(mask, x, y)) row[x] = !row[x];
      }
    }
  }
}

function maskBit(mask: number, x: number, y: number): boolean {
  switch (mask) {
    case 0:
      return (x + y) % 2 === 0;
    case 1:
      return y % 2 === 0;
    case 2:
      return x % 3 === 0;
    case 3:
      return (x + y) % 3 === 0;
    case 4:
      return (Math.floor(x / 3) + Math.floor(y / 2)) % 2 === 0;
    case 5:
      return ((x * y) % 2) + ((x * y) % 3) === 0;
    case 6:
      return (((x * y) % 2) + ((x * y) % 3)) % 2 === 0;
    default:
      return (((x + y) % 2) + ((x * y) % 3)) % 2 === 0;
  }
}

// --- Mask choice: the standard's penalty rules N1–N4 ---

/** N1 (runs of 5+ alike) and N3 (finder-like 1:1:3:1:1 with 4 light modules) for one line. */
function linePenalty(line: readonly boolean[]): number {
  let score = 0;
  let run = 1;
  for (let i = 1; i <= line.length; i++) {
    if (i < line.length && line[i] === line[i - 1]) {
      run++;
      continue;
    }
    if (run >= 5) score += 3 + (run - 5);
    run = 1;
  }
  const pattern = [true, false, true, true, true, false, true];
  const light = (from: number, to: number) => {
    for (let k = from; k < to; k++) if (k >= 0 && k < line.length && line[k]) return false;
    return true;
  };
  for (let i = 0; i + 7 <= line.length; i++) {
    if (!pattern.every((dark, k) => line[i + k] === dark)) continue;
    if (light(i - 4, i) || light(i + 7, i + 11)) score += 40;
  }
  return score;
}

function penalty(modules: readonly (readonly boolean[])[]): number {
  const size = modules.length;
  const at = (x: number, y: number) => modules[y]?.[x] ?? false;
  let score = 0;
  for (let y = 0; y < size; y++) score += linePenalty(modules[y] ?? []);
  for (let x = 0; x < size; x++) score += linePenalty(modules.map((row) => row[x] ?? false));
  let dark = 0;
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) {
      if (at(x, y)) dark++;
      if (x + 1 < size && y + 1 < size) {
        const c = at(x, y);
        if (c === at(x + 1, y) && c === at(x, y + 1) && c === at(x + 1, y + 1)) score += 3;
      }
    }
  }
  const percent = (dark * 100) / (size * size);
  score += Math.floor(Math.abs(percent - 50) / 5) * 10;
  return score;
}

/** The smallest version (1–10) whose level-M capacity fits `length` bytes. */
export function qrVersionFor(length: number): number {
  for (let version = 1; version <= QR_MAX_VERSION; version++) {
    if (bitsNeeded(version, length) <= dataCapacity(version) * 8) return version;
  }
  throw new RangeError(
    `Text of ${length} bytes is too long for a version ${QR_MAX_VERSION} QR code`,
  );
}

/**
 * Encodes `text` (as UTF-8) in byte mode at level M. `mask` forces a mask pattern (0–7);
 * otherwise the one with the lowest penalty is used, as the standard asks.
 */
export function encodeQr(text: string, options: { mask?: number } = {}): QrMatrix {
  const bytes = new TextEncoder().encode(text);
  const version = qrVersionFor(bytes.length);
  const codewords = interleave(dataCodewords(bytes, version), version);
  const build = (mask: number) => {
    const symbol = new QrSymbol(version);
    symbol.drawFunctionPatterns();
    symbol.drawCodewords(codewords);
    symbol.applyMask(mask);
    symbol.drawFormat(mask);
    return symbol;
  };
  let best: { mask: number; symbol: QrSymbol } | undefined;
  if (options.mask !== undefined) {
    best = { mask: options.mask, symbol: build(options.mask) };
  } else {
    let bestScore = Number.POSITIVE_INFINITY;
    for (let mask = 0; mask < 8; mask++) {
      const symbol = build(mask);
      const score = penalty(symbol.dark);
      if (score < bestScore) {
        bestScore = score;
        best = { mask, symbol };
      }
    }
  }
  if (!best) throw new Error('unreachable: no mask built');
  return { version, mask: best.mask, size: best.symbol.size, modules: best.symbol.dark };
}
