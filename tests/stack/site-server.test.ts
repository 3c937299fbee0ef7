import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { type IncomingHttpHeaders, request } from 'node:http';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { IMMUTABLE } from '../../infra/lib/cache-control.ts';
import { contentSecurityPolicy } from '../../infra/lib/security-headers.ts';
import { type SiteServer, startSiteServer } from '../../local/preview/start-site-server.ts';

const CONFIG = {
  region: 'eu-west-1',
  userPoolId: 'eu-west-1_Abc123',
  userPoolClientId: 'client',
  apiUrl: 'https://api.example.com/v1',
  oauth: { domain: 'auth.example.com', providers: ['Google'], scopes: ['openid'] },
};
const CHUNK = `export const x = "${'a'.repeat(5000)}";`;

/** A GET with the path exactly as given, and the body as bytes. */
function raw(path: string, headers: Record<string, string> = {}) {
  return new Promise<{ status?: number; headers: IncomingHttpHeaders; body: Buffer }>(
    (resolve, reject) => {
      request({ host: '127.0.0.1', port: new URL(site.url).port, path, headers }, (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () =>
          resolve({ status: res.statusCode, headers: res.headers, body: Buffer.concat(chunks) }),
        );
      })
        .on('error', reject)
        .end();
    },
  );
}

let root: string;
let site: SiteServer;
const url = (path: string) => site.url.replace('localhost', '127.0.0.1') + path;

beforeAll(async () => {
  root = mkdtempSync(join(tmpdir(), 'site-'));
  mkdirSync(join(root, 'assets'));
  mkdirSync(join(root, '.vite'));
  writeFileSync(join(root, 'index.html'), '<!doctype html><title>app</title>');
  writeFileSync(join(root, 'assets', 'app-abc123.js'), CHUNK);
  writeFileSync(join(root, 'favicon.svg'), '<svg xmlns="http://www.w3.org/2000/svg"/>');
  // What a build copies from public/ after `npm start`: never what the site serves.
  writeFileSync(join(root, 'config.json'), '{"stale":true}');
  writeFileSync(join(root, '.vite', 'manifest.json'), '{}');
  site = await startSiteServer(0);
  // What the pre-renderer gives for CONFIG: served from memory, as a deploy uploads them.
  site.serve({
    root,
    config: CONFIG,
    prerendered: [{ key: '_pages/sign-in.html', body: '<!doctype html><title>Sign in</title>' }],
  });
});

afterAll(async () => {
  await site?.close();
  rmSync(root, { recursive: true, force: true });
});

describe('the local production server (what CloudFront serves)', () => {
  it('answers the pre-rendered pages with their HTML, revalidated, with the security headers', async () => {
    const response = await fetch(url('/sign-in?redirectTo=%2Fnotes'));
    expect(response.status).toBe(200);
    expect(await response.text()).toContain('<title>Sign in</title>');
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(response.headers.get('cache-control')).toBe('no-cache');
    expect(response.headers.get('content-security-policy')).toBe(contentSecurityPolicy(CONFIG));
  });

  it('answers every other app route with index.html, revalidated, with the security headers', async () => {
    for (const path of ['/sign-in/code', '/profile', '/profile/claims?x=1']) {
      const response = await fetch(url(path));
      expect(response.status).toBe(200);
      expect(await response.text()).toContain('<title>app</title>');
      expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
      expect(response.headers.get('cache-control')).toBe('no-cache');
      expect(response.headers.get('content-security-policy')).toBe(contentSecurityPolicy(CONFIG));
      expect(response.headers.get('strict-transport-security')).toBe(
        'max-age=63072000; includeSubDomains; preload',
      );
      expect(response.headers.get('x-content-type-options')).toBe('nosniff');
      expect(response.headers.get('x-frame-options')).toBe('DENY');
      expect(response.headers.get('referrer-policy')).toBe('strict-origin-when-cross-origin');
    }
  });

  it('serves hashed chunks immutable for a year, compressed as the browser accepts', async () => {
    const plain = await fetch(url('/assets/app-abc123.js'), {
      headers: { 'accept-encoding': 'identity' },
    });
    expect(plain.headers.get('cache-control')).toBe(IMMUTABLE);
    expect(plain.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect(plain.headers.get('content-encoding')).toBeNull();
    expect(await plain.text()).toBe(CHUNK);

    // fetch decodes bodies itself; read the raw bytes to see the encoding.
    const br = await raw('/assets/app-abc123.js', { 'accept-encoding': 'gzip, deflate, br' });
    expect(br.headers['content-encoding']).toBe('br');
    expect(brotliDecompressSync(br.body).toString()).toBe(CHUNK);
    const gzip = await raw('/assets/app-abc123.js', { 'accept-encoding': 'gzip' });
    expect(gzip.headers['content-encoding']).toBe('gzip');
    expect(gunzipSync(gzip.body).toString()).toBe(CHUNK);
  });

  it('answers a revalidation with 304 when nothing changed', async () => {
    const first = await fetch(url('/index.html'));
    const etag = first.headers.get('etag');
    expect(etag).toMatch(/^"[0-9a-f]{32}"$/);
    const again = await fetch(url('/notes'), { headers: { 'if-none-match': etag ?? '' } });
    expect(again.status).toBe(304);
  });

  it('serves the deployed config.json, not the file a build copied into dist/', async () => {
    const response = await fetch(url('/config.json'));
    expect(response.headers.get('cache-control')).toBe('no-cache');
    expect(await response.json()).toEqual(CONFIG);
  });

  it('answers a missing chunk with 403 like S3, never with index.html', async () => {
    const response = await fetch(url('/assets/gone-123.js'));
    expect(response.status).toBe(403);
    expect(response.headers.get('content-type')).toBe('application/xml');
    expect(await response.text()).toContain('AccessDenied');
    expect(response.headers.get('content-security-policy')).toBe(contentSecurityPolicy(CONFIG));
  });

  it('does not serve what a deploy does not upload, nor anything outside dist/', async () => {
    const secret = `${root}-secret.txt`;
    writeFileSync(secret, 'outside');
    const name = basename(secret);
    for (const path of [
      '/.vite/manifest.json',
      `/../${name}`,
      `/assets/../../${name}`,
      `/..%2f${name}`,
      `/assets/%2e%2e%2f%2e%2e%2f${name}`,
      `/..%5c${name}`,
      '/%E0%A4%A.js',
    ]) {
      // Sent as is: fetch would resolve the dot segments before they reach the server.
      const response = await raw(path);
      expect(response.status, path).toBe(403);
      expect(response.body.toString(), path).not.toContain('outside');
    }
    rmSync(secret);
  });

  it('allows only GET and HEAD', async () => {
    expect((await fetch(url('/'), { method: 'POST', body: 'x' })).status).toBe(403);
    const head = await fetch(url('/favicon.svg'), { method: 'HEAD' });
    expect(head.status).toBe(200);
    expect(head.headers.get('content-type')).toBe('image/svg+xml');
    expect(await head.text()).toBe('');
  });
});
