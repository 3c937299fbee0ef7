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
});
