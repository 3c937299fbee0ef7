import { randomBytes } from 'node:crypto';

// UUIDv7 text: 48-bit ms timestamp, version 7, 12-bit counter, variant, 62 random bits.
const NOTE_ID = /^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

let lastMs = -1;
let counter = 0;

/**
 * A UUIDv7 for a note: ids sort by creation time as plain strings, so the table's sort key
 * lists notes newest first with no index. Within one millisecond a counter keeps the order in
 * which this process created them (RFC 9562 §6.2, method 1).
 */
export function newNoteId(now: Date = new Date()): string {
  const ms = now.getTime();
  if (ms === lastMs && counter < 0xfff) {
    counter += 1;
  } else {
    // Random start with headroom, so ids of two processes in one ms do not line up in order.
    counter = randomBytes(2).readUInt16BE() & 0x3ff;
    lastMs = ms;
  }
  const random = randomBytes(8);
  const hex = ms.toString(16).padStart(12, '0').slice(-12);
  const variant = ((random[0] ?? 0) & 0x3f) | 0x80;
  const tail = Buffer.concat([Buffer.from([variant]), random.subarray(1)]).toString('hex');
  return [
    hex.slice(0, 8),
    hex.slice(8, 12),
    `7${counter.toString(16).padStart(3, '0')}`,
    tail.slice(0, 4),
    tail.slice(4, 16),
  ].join('-');
}

/** Whether `value` could be a note id; anything else cannot name a note and is not looked up. */
export function isNoteId(value: string): boolean {
  return NOTE_ID.test(value);
}
