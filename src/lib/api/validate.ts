import { isRecord } from '../validation/is-record';
import { InvalidResponseError } from './errors';

/** Turns an untrusted JSON body into T, or throws InvalidResponseError. */
export type ResponseParser<T> = (value: unknown, status: number) => T;

/** Where a value sits in a response, for error messages (never the value itself). */
class ShapeError extends Error {}

export { isRecord };

/** A plain object, or a thrown ShapeError naming `where`. */
export function expectRecord(value: unknown, where: string): Record<string, unknown> {
  if (!isRecord(value)) throw new ShapeError(`${where} is not an object`);
  return value;
}

/** A string of at most `max` characters: hostile APIs may send megabytes where a name belongs. */
export function expectString(value: unknown, where: string, max = 10_000): string {
  if (typeof value !== 'string' || value.length > max)
    throw new ShapeError(`${where} is not a string`);
  return value;
}

/** An ISO-8601 timestamp that Date can read; returned as sent. */
export function expectTimestamp(value: unknown, where: string): string {
  const text = expectString(value, where, 64);
  if (Number.isNaN(Date.parse(text))) throw new ShapeError(`${where} is not a timestamp`);
  return text;
}

/** An array whose items each pass `item`, with at most `max` of them. */
export function expectArray<T>(
  value: unknown,
  where: string,
  item: (value: unknown, where: string) => T,
  max = 10_000,
): T[] {
  if (!Array.isArray(value) || value.length > max) throw new ShapeError(`${where} is not a list`);
  return value.map((entry, index) => item(entry, `${where}[${index}]`));
}

/** Wraps shape checks so any failure surfaces as one InvalidResponseError. */
export function parser<T>(read: (value: unknown) => T): ResponseParser<T> {
  return (value, status) => {
    try {
      return read(value);
    } catch (error) {
      if (error instanceof ShapeError) throw new InvalidResponseError(status, error.message);
      throw error;
    }
  };
}
