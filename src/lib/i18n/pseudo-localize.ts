import type { Catalog } from './format-message';

const ACCENTED: Readonly<Record<string, string>> = Object.fromEntries(
  [...'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ'].map((letter, index) => [
    letter,
    [...'áƀçđéƒĝĥîĵķļɱñöƥǫŕšţûṽŵẋýžÅƁÇĐÉƑĜĤÎĴĶĻṀÑÖƤǪŔŠŢÛṼŴẊÝŽ'][index] ?? letter,
  ]),
);
// Accented filler words: lengthening by ~40% shows where longer languages (German) break a layout.
const FILLER = ' ļöŕéɱ îƥšûɱ đöļöŕ šîţ áɱéţ çöñšéçţéţûŕ áđîƥîšçîñĝ éļîţ šéđ đö éîûšɱöđ';

type Part = string | readonly [string, string?, Record<string, unknown>?];

// Letters only: placeholders ({name}, #) and element tags (<0>) must survive intact.
const accent = (text: string) =>
  text.replace(/<\/?\d+>|[A-Za-z]/g, (match) => ACCENTED[match] ?? match);

function lengthOf(parts: readonly Part[]): number {
  return parts.reduce((sum, part) => sum + (typeof part === 'string' ? part.length : 4), 0);
}

function pseudoParts(parts: readonly Part[]): Part[] {
  return parts.map((part) => {
    if (typeof part === 'string') return accent(part);
    const [name, type, options] = part;
    if (!options) return part;
    // Plural and select branches are messages of their own.
    const branches = Object.fromEntries(
      Object.entries(options).map(([key, value]) => [
        key,
        Array.isArray(value) ? pseudoParts(value as Part[]) : value,
      ]),
    );
    return [name, type, branches] as const;
  });
}

/**
 * The English catalog accented and ~40% longer, in brackets: text a test finds unaccented
 * was never translated, and a clipped bracket shows a layout that cannot grow.
 */
export function pseudoLocalize(source: Catalog): Catalog {
  return Object.fromEntries(
    Object.entries(source).map(([id, message]) => {
      const parts: readonly Part[] = typeof message === 'string' ? [message] : (message as Part[]);
      const padding = FILLER.slice(0, Math.max(1, Math.ceil(lengthOf(parts) * 0.4)));
      return [id, ['[', ...pseudoParts(parts), `${padding.trimEnd()}]`]];
    }),
  ) as Catalog;
}
