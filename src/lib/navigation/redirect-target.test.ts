import { describe, expect, it } from 'vitest';
import { carriedRedirect, redirectTarget, returnTarget } from './redirect-target';

describe('redirectTarget', () => {
  it('reads ?redirectTo=, keeping a path on this origin', () => {
    expect(redirectTarget(new URLSearchParams('redirectTo=%2Fnotes%3Ftab%3D2'))).toBe(
      '/notes?tab=2',
    );
  });

  it.each([
    ['missing', ''],
    ['on another origin', 'redirectTo=%2F%2Fevil.example%2Fx'],
  ])('goes home when the target is %s', (_case, search) => {
    expect(redirectTarget(new URLSearchParams(search))).toBe('/');
  });
});

describe('carriedRedirect', () => {
  it('carries a target other than home, and drops home', () => {
    expect(carriedRedirect('/notes')).toBe('/notes');
    expect(carriedRedirect('/')).toBeNull();
    expect(carriedRedirect(undefined)).toBeNull();
  });
});

describe('returnTarget', () => {
  it('returns to the page the session ended on', () => {
    expect(returnTarget({ pathname: '/notes', search: '?tab=2' })).toBe('/notes?tab=2');
  });

  it('keeps the target an auth page was carrying, rather than the auth page', () => {
    expect(returnTarget({ pathname: '/sign-in/code', search: '?redirectTo=%2Fnotes' })).toBe(
      '/notes',
    );
    expect(returnTarget({ pathname: '/sign-up', search: '' })).toBeNull();
  });
});
