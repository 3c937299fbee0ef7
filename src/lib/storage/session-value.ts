import { isRecord } from '../validation/is-record';

/**
 * Turns what was read back into a T, or undefined. Storage is input like any other (a hand
 * edit, another build of the app in this tab): only what passes the check is ever used.
 */
export type ParseStored<T> = (value: unknown) => T | undefined;

/** One value this tab keeps across reloads, stored as `{ savedAt, value }` JSON. */
export interface SessionValue<T> {
  readonly save: (value: T, now?: number) => void;
  /** The value while it is fresh; undefined when absent, expired or refused by `parse`. */
  readonly read: (parse: ParseStored<T>, now?: number) => T | undefined;
  /** The value whatever its age, for what outlives it (where an expired flow was heading). */
  readonly readEvenIfExpired: (parse: ParseStored<T>) => T | undefined;
  readonly clear: () => void;
}

/**
 * A typed sessionStorage entry under `cognito-spa:<name>` (the one key scheme), usable for
 * `ttlMs` after it was saved. Readers bring the check, so a page that only writes the value
 * does not download the code that checks it.
 */
export function sessionValue<T>(name: string, ttlMs: number): SessionValue<T> {
  const key = `cognito-spa:${name}`;

  const readSaved = (parse: ParseStored<T>): { value: T; savedAt: number } | undefined => {
    let saved: unknown;
    try {
      saved = JSON.parse(sessionStorage.getItem(key) ?? 'null');
    } catch {
      return undefined;
    }
    if (!isRecord(saved)) return undefined;
    const { savedAt } = saved;
    if (typeof savedAt !== 'number' || !Number.isFinite(savedAt)) return undefined;
    const value = parse(saved.value);
    return value === undefined ? undefined : { value, savedAt };
  };

  return {
    save: (value, now = Date.now()) =>
      sessionStorage.setItem(key, JSON.stringify({ savedAt: now, value })),
    read: (parse, now = Date.now()) => {
      const saved = readSaved(parse);
      // A time ahead of now was not written by this tab's clock: treat it as expired too.
      const age = saved ? now - saved.savedAt : -1;
      return saved && age >= 0 && age <= ttlMs ? saved.value : undefined;
    },
    readEvenIfExpired: (parse) => readSaved(parse)?.value,
    clear: () => sessionStorage.removeItem(key),
  };
}
