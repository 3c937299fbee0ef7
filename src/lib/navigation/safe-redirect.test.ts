import { describe, expect, it } from 'vitest';
import { getSafeRedirect } from './safe-redirect';

describe('getSafeRedirect', () => {
  it('keeps a same-origin path with its query and hash', () => {
    expect(getSafeRedirect('/profile?tab=mfa#totp', '/')).toBe('/profile?tab=mfa#totp');
  });

  it.each([
    ['missing', null],
    ['empty', ''],
    ['absolute URL', 'https://evil.example/'],
    ['protocol-relative URL', '//evil.example/'],
    ['backslash trick', '/\\evil.example/'],
    ['relative path', 'profile'],
    ['javascript URL', 'javascript:alert(1)'],
  ])('falls back for a %s', (_case, target) => {
    expect(getSafeRedirect(target, '/')).toBe('/');
  });

  // Each passes a check on the raw string but normalises to //evil.example (or fails to parse).
  it.each([
    ['dot then slash', '/.//evil.example'],
    ['dot-dot then slash', '/..//evil.example'],
    ['dot-dot past the root', '/a/b/../../..//evil.example'],
    ['segment then dot-dot', '/a/..//evil.example'],
    ['encoded dot-dot', '/%2e%2e//evil.example'],
    ['encoded dot-dot, upper case', '/%2E%2E//evil.example'],
    ['encoded dot', '/%2e//evil.example'],
    ['half-encoded dot-dot', '/.%2E//evil.example'],
    ['dot then backslash', '/./\\evil.example'],
    ['dot-dot then backslash', '/..\\/evil.example'],
    ['segment, dot-dot, backslash', '/a/../\\evil.example'],
    ['tab inside a dot segment', '/.\t//evil.example'],
    ['newline inside a dot segment', '/.\n//evil.example'],
    ['carriage return after the slash', '/\r/evil.example'],
    ['tab after the slash', '/\t/evil.example'],
    ['tab after the slash, unparsable host', '/\t/[::'],
    ['dot segment keeping path, query and hash', '/.//evil.example/path?q=1#h'],
  ])('falls back for %s', (_case, target) => {
    expect(getSafeRedirect(target, '/home')).toBe('/home');
  });

  it.each([
    ['a dot segment resolved in place', '/a/./b/../profile', '/a/profile'],
    [
      'an encoded backslash, which no browser reads as a host',
      '/%5Cevil.example',
      '/%5Cevil.example',
    ],
    ['an encoded slash', '/%2F/evil.example', '/%2F/evil.example'],
    ['slashes in the query', '/?next=//evil.example', '/?next=//evil.example'],
    ['slashes in the hash', '/#//evil.example', '/#//evil.example'],
  ])('keeps %s as a same-origin path', (_case, target, expected) => {
    expect(getSafeRedirect(target, '/home')).toBe(expected);
  });
});
