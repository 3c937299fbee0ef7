import { describe, expect, it } from 'vitest';
import { loadViewerRequestFunction } from '../lib/viewer-request-function.ts';

// The deployed source itself, evaluated, not a copy of its logic.
const handler = loadViewerRequestFunction();
const rewrite = (uri: string, querystring: Record<string, { value: string }> = {}) =>
  handler({ request: { method: 'GET', uri, querystring, headers: {} } });

describe('the viewer-request function (spa-rewrite.js)', () => {
  it.each(['/', '/sign-in', '/sign-in/code', '/profile/claims', '/sign-in/'])(
    'serves the app route %s as /index.html',
    (uri) => {
      expect(rewrite(uri).uri).toBe('/index.html');
    },
  );

  it.each([
    '/assets/index-abc.js',
    '/config.json',
    '/favicon.svg',
    '/assets/missing.js',
    '/index.html',
  ])('passes the file %s through unchanged', (uri) => {
    expect(rewrite(uri).uri).toBe(uri);
  });

  it('ignores the query string, which CloudFront keeps outside the uri', () => {
    const querystring = { reason: { value: 'signed-out' }, redirectTo: { value: '/a.b' } };
    const request = rewrite('/sign-in', querystring);
    expect(request.uri).toBe('/index.html');
    expect(request.querystring).toEqual(querystring);
    expect(rewrite('/config.json', { v: { value: '2' } }).uri).toBe('/config.json');
  });

  it('returns the request itself, so CloudFront forwards it rather than answering', () => {
    const request = { method: 'GET', uri: '/profile', headers: { host: { value: 'x' } } };
    expect(handler({ request })).toBe(request);
    expect(request.headers).toEqual({ host: { value: 'x' } });
  });
});
