import { compileMessage } from '@lingui/message-utils/compileMessage';
import { describe, expect, it } from 'vitest';
import { type CompiledMessage, formatMessage } from './format-message';
import { pseudoLocalize } from './pseudo-localize';

const format = (icu: string, values: Record<string, string | number>, locale = 'en') =>
  formatMessage(compileMessage(icu) as CompiledMessage, values, locale);

describe('formatMessage', () => {
  it('fills placeholders and keeps element tags for rich()', () => {
    expect(format('Signed in as <0>{name}</0>', { name: 'Ana' })).toBe('Signed in as <0>Ana</0>');
  });

  it('chooses plural branches by the locale’s rules, exact matches first', () => {
    const icu = '{count, plural, =0 {none} one {# minute} other {# minutes}}';
    expect([0, 1, 2].map((count) => format(icu, { count }))).toEqual([
      'none',
      '1 minute',
      '2 minutes',
    ]);
    expect(format('{n, plural, one {# Minute} other {# Minuten}}', { n: 1500 }, 'de')).toBe(
      '1.500 Minuten',
    );
  });

  it('selects and orders', () => {
    expect(format('{g, select, a {Alpha {x}} other {Other}}', { g: 'a', x: 1 })).toBe('Alpha 1');
    expect(format('{g, select, a {Alpha} other {Other}}', { g: 'z' })).toBe('Other');
    expect(format('{n, selectordinal, one {#st} two {#nd} few {#rd} other {#th}}', { n: 2 })).toBe(
      '2nd',
    );
  });
});

describe('pseudoLocalize', () => {
  it('accents letters, keeps placeholders and tags, and lengthens by about 40%', () => {
    const [message] = Object.values(
      pseudoLocalize({ id: compileMessage('Signed in as <0>{name}</0>') as CompiledMessage }),
    );
    const text = formatMessage(message ?? '', { name: 'ana' }, 'en-XA');
    expect(text).toMatch(/^\[Šîĝñéđ îñ áš <0>ana<\/0> .+\]$/);
    expect(text.length).toBeGreaterThanOrEqual(Math.round('Signed in as <0>ana</0>'.length * 1.35));
  });
});
