import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

// Declarations that must stay physical in a right-to-left page, by `file: property`, with why.
// Anything else written with left or right does not mirror under <html dir="rtl"> (ADR 13):
// use margin-inline-start, padding-inline-end, inset-inline-start, border-inline-*,
// text-align: start and the like.
const ALLOWED = new Map<string, string>([]);

// Shorthands whose four values run top, right, bottom, left: physical when right ≠ left.
const BOX_SHORTHANDS = new Set([
  'margin',
  'padding',
  'inset',
  'border-width',
  'border-style',
  'border-color',
  'scroll-margin',
  'scroll-padding',
]);

const cssFiles = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return cssFiles(path);
    return entry.name.endsWith('.css') ? [path] : [];
  });

/** A value's parts at the top level: `var(--a, 1px) 0` is two, not three. */
function parts(value: string): string[] {
  const found: string[] = [];
  let depth = 0;
  let current = '';
  for (const char of value) {
    if (char === '(') depth += 1;
    if (char === ')') depth -= 1;
    if (/\s/.test(char) && depth === 0) {
      if (current) found.push(current);
      current = '';
    } else {
      current += char;
    }
  }
  if (current) found.push(current);
  return found;
}

/** Why a declaration is laid out by physical sides, or undefined where it mirrors. */
function physical(property: string, value: string): string | undefined {
  if (/(^|-)(left|right)(-|$)/.test(property)) return 'a physical side in its name';
  if (/(^|[\s,(])(left|right)($|[\s,)])/.test(value)) return 'left or right as a value';
  const sides = parts(value);
  if (BOX_SHORTHANDS.has(property) && sides.length === 4 && sides[1] !== sides[3]) {
    return 'different right and left values';
  }
  if (property === 'border-radius') {
    // top-left top-right bottom-right bottom-left, per axis: mirrored only when symmetric.
    for (const axis of value.split('/').map(parts)) {
      const [a, b = a, c = a, d = b] = axis;
      if (a !== b || c !== d) return 'corners that differ from left to right';
    }
  }
  return undefined;
}

/** Every `property: value` in a stylesheet, with its line, comments left out. */
function declarations(css: string): { line: number; property: string; value: string }[] {
  const text = css.replace(/\/\*[\s\S]*?\*\//g, (comment) => comment.replace(/[^\n]/g, ' '));
  return [...text.matchAll(/([-\w]+)\s*:\s*([^;{}]+?)\s*(?=[;}])/g)].map((match) => ({
    line: text.slice(0, match.index).split('\n').length,
    property: match[1]?.toLowerCase() ?? '',
    value: match[2]?.replace(/\s+/g, ' ') ?? '',
  }));
}

describe('stylesheets mirror in right-to-left languages', () => {
  it('use logical properties, not left and right, in every .css file under src/', () => {
    const found = cssFiles('src').flatMap((file) =>
      declarations(readFileSync(file, 'utf8')).flatMap(({ line, property, value }) => {
        const why = physical(property, value);
        if (!why || ALLOWED.has(`${file}: ${property}`)) return [];
        return [`${file}:${line}: ${property}: ${value} (${why})`];
      }),
    );
    expect(found).toEqual([]);
  });

  it('finds the physical declarations it is meant to', () => {
    const css = `
      /* margin-left: 0 in a comment is fine */
      .a:hover { margin-left: 1rem; text-align: right }
      .b { padding: 0 1rem 0 2rem; border-top-left-radius: 4px; float: left; }
      .c { margin: 0 auto; padding: 1px 2px 3px 2px; border-radius: 4px 4px 0 0; inset: 0; }
      .d { text-align: start; margin-inline-start: 1rem; border-inline-end: 1px solid; }`;
    const flagged = declarations(css)
      .filter(({ property, value }) => physical(property, value))
      .map(({ property }) => property);
    expect(flagged).toEqual([
      'margin-left',
      'text-align',
      'padding',
      'border-top-left-radius',
      'float',
    ]);
  });
});
