import { describe, expect, it } from 'vitest';
import { PRERENDERED_PAGES, pageKey } from '../../src/app/prerender/pages.ts';
import { paths } from '../../src/config/paths.ts';
import { loadViewerRequestFunction } from '../lib/viewer-request-function.ts';

// The deployed source itself, evaluated, not a copy of its logic.
const handler = loadViewerRequestFunction();
const rewrite = (uri: string, querystring: Record<string, { value: string }> = {}) =>
  handler({ request: { method: 'GET', uri, querystring, headers: {} } });

/** Every route path the app has, read from the paths object. */
function allRoutePaths(node: unknown): string[] {
  if (typeof node !== 'object' || node === null) return [];
  const own = 'path' in node && typeof node.path === 'string' ? [node.path] : [];
  return [...own, ...Object.values(node).flatMap(allRoutePaths)];
}

const prerendered = PRERENDERED_PAGES.filter((page) => page.path !== '*');
const notFound = PRERENDERED_PAGES.find((page) => page.path === '*');

describe('the viewer-request function (spa-rewrite.js)', () => {
  it.each(prerendered.map((page) => [page.path, `/${pageKey(page)}`]))(
    'serves the public page %s its pre-rendered HTML, %s',
    (uri, key) => {
      expect(rewrite(uri).uri).toBe(key);
    },
  );

  it('serves every other route of the app the client-rendered shell', () => {
    const shell = allRoutePaths(paths).filter((path) => !prerendered.some((p) => p.path === path));
    expect(shell.length).toBeGreaterThan(10);
    for (const uri of [...shell, '/sign-in/', '/profile/claims/', '/sign-up/confirm']) {
      expect(rewrite(uri).uri, uri).toBe('/index.html');
    }
  });

  it.each(['/nope', '/sign-inx', '/profiles', '/accounts', '/goodbyes', '/a/b/c'])(
    'serves the unknown path %s the pre-rendered not-found page',
    (uri) => {
      expect(notFound).toBeDefined();
      expect(rewrite(uri).uri).toBe(`/${pageKey(notFound as (typeof PRERENDERED_PAGES)[number])}`);
    },
  );

  it.each([
    '/assets/index-abc.js',
    '/config.json',
    '/favicon.svg',
    '/assets/missing.js',
    '/index.html',
    '/_pages/sign-in.html',
  ])('passes the file %s through unchanged', (uri) => {
    expect(rewrite(uri).uri).toBe(uri);
  });

  it('ignores the query string, which CloudFront keeps outside the uri', () => {
    const querystring = { reason: { value: 'signed-out' }, redirectTo: { value: '/a.b' } };
    const request = rewrite('/sign-in', querystring);
    expect(request.uri).toBe('/_pages/sign-in.html');
    expect(request.querystring).toEqual(querystring);
    expect(rewrite('/profile', querystring).uri).toBe('/index.html');
    expect(rewrite('/config.json', { v: { value: '2' } }).uri).toBe('/config.json');
  });

  it('does not take inherited names for pages', () => {
    expect(rewrite('/constructor').uri).toBe('/_pages/not-found.html');
    expect(rewrite('/__proto__').uri).toBe('/_pages/not-found.html');
  });

  it('returns the request itself, so CloudFront forwards it rather than answering', () => {
    const request = { method: 'GET', uri: '/profile', headers: { host: { value: 'x' } } };
    expect(handler({ request })).toBe(request);
    expect(request.headers).toEqual({ host: { value: 'x' } });
  });
});
