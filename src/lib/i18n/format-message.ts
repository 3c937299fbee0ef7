/**
 * A message as scripts/i18n/compile-catalogs.ts compiles it (Lingui's compiled form): plain
 * text, or parts that are text, a placeholder `[name]`, a formatted one `[name, 'number']`,
 * or a choice `[name, 'plural' | 'selectordinal' | 'select', branches]` where `#` is the count.
 */
export type CompiledMessage = string | readonly CompiledPart[];
type CompiledPart = string | readonly [string, string?, Readonly<Record<string, unknown>>?];

/** A catalog as the build compiles it (scripts/i18n/compile-catalogs.ts), by message id. */
export type Catalog = Readonly<Record<string, CompiledMessage>>;

/** Placeholder values: `{ name: 'Ana', count: 3 }`. */
export type MessageValues = Readonly<Record<string, string | number>>;

/**
 * Fills in a compiled message: the runtime is this function, not a library (ADR 13), since
 * the parsing happened at build time and Intl does plural rules and number formatting.
 */
export function formatMessage(
  message: CompiledMessage,
  values: MessageValues,
  locale: string,
): string {
  const render = (parts: CompiledMessage, count?: string): string => {
    if (typeof parts === 'string') return parts;
    let text = '';
    for (const part of parts) {
      if (typeof part === 'string') {
        text += part === '#' && count !== undefined ? count : part;
        continue;
      }
      const [name, type, branches = {}] = part;
      const value = values[name];
      if (type === 'plural' || type === 'selectordinal') {
        const n = Number(value) - Number(branches.offset ?? 0);
        const rule = new Intl.PluralRules(locale, {
          type: type === 'plural' ? 'cardinal' : 'ordinal',
        }).select(n);
        const branch = branches[String(value)] ?? branches[rule] ?? branches.other;
        text += render(branch as CompiledMessage, new Intl.NumberFormat(locale).format(n));
      } else if (type === 'select') {
        text += render((branches[String(value)] ?? branches.other) as CompiledMessage, count);
      } else if (type === 'number') {
        text += new Intl.NumberFormat(locale).format(Number(value));
      } else {
        text += value ?? '';
      }
    }
    return text;
  };
  return render(message);
}
