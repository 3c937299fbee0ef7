import { describe, expect, it } from 'vitest';
import { textDirection } from './locales';
import { matchLocale, resolveLocale } from './resolve-locale';

const offered = ['en', 'es', 'de'] as const;

describe('resolveLocale', () => {
  it('takes the user’s saved language first, then this browser’s choice, then its languages', () => {
    const browser = ['de-DE', 'en'];
    expect(resolveLocale({ user: 'es', stored: 'de', browser, offered, fallback: 'en' })).toBe(
      'es',
    );
    expect(resolveLocale({ stored: 'de', browser: ['es'], offered, fallback: 'en' })).toBe('de');
    expect(resolveLocale({ browser, offered, fallback: 'en' })).toBe('de');
  });

  it('skips languages not offered and falls back to the default', () => {
    expect(
      resolveLocale({ user: 'fr', browser: ['pt-BR', 'es-MX'], offered, fallback: 'en' }),
    ).toBe('es');
    expect(resolveLocale({ browser: ['fr', 'it'], offered, fallback: 'de' })).toBe('de');
  });

  it('matches exact tags before languages, whatever the case or separator', () => {
    expect(matchLocale('EN-xa', ['en', 'en-XA'])).toBe('en-XA');
    expect(matchLocale('de_CH', offered)).toBe('de');
    expect(matchLocale('', offered)).toBeUndefined();
  });
});

describe('textDirection', () => {
  it.each([
    ['ar', 'rtl'],
    ['he-IL', 'rtl'],
    ['ar-XB', 'rtl'],
    ['en', 'ltr'],
    ['de', 'ltr'],
  ])('%s is %s', (locale, dir) => {
    expect(textDirection(locale)).toBe(dir);
  });
});
