import { randomBytes, randomInt, randomUUID } from 'node:crypto';

export const uuid = (): string => randomUUID();
export const opaque = (bytes = 48): string => randomBytes(bytes).toString('base64url');
export const sixDigits = (): string => String(randomInt(0, 1_000_000)).padStart(6, '0');
export const alnum = (length: number): string => {
  const abc = 'abcdefghijklmnopqrstuvwxyz0123456789';
  return Array.from({ length }, () => abc[randomInt(abc.length)]).join('');
};
