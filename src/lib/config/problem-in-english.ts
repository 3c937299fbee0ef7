import en from './messages/en.json';
import type { ConfigProblem, ConfigText } from './types';

// Node tools read the catalog as written (ICU text); the app's build compiles it to parts.
// Config messages use plain placeholders only, so either form is filled in the same way.
type Written = string | readonly (string | readonly [string, ...unknown[]])[];
const catalog = en as unknown as Readonly<Record<string, Written>>;

function fill(id: string, values: Readonly<Record<string, string | number>>): string {
  const message = catalog[id] ?? id;
  const text =
    typeof message === 'string'
      ? message
      : message.map((part) => (typeof part === 'string' ? part : `{${part[0]}}`)).join('');
  return text.replace(/\{(\w+)\}/g, (whole, name: string) => String(values[name] ?? whole));
}

function valuesOf(text: ConfigText): Record<string, string | number> {
  return Object.fromEntries(
    Object.entries(text.values ?? {}).map(([name, value]) => [
      name,
      typeof value === 'object' ? fill(value.id, valuesOf(value)) : value,
    ]),
  );
}

/**
 * A config problem as one English sentence ("region must look like an AWS region…"), for
 * logs and the build and deploy tools, which show no page; the page uses describe-problem.ts.
 */
export function problemInEnglish({ key, text }: ConfigProblem): string {
  const subject =
    text.item === undefined ? key : fill('configError.item', { key, index: text.item });
  return fill(text.id, { ...valuesOf(text), subject }).replace(/<\/?\d+>/g, '');
}
