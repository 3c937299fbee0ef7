import { createHash } from 'node:crypto';
import { existsSync, readFileSync, statSync } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { join, resolve, sep } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { cacheControlFor } from '../../infra/lib/cache-control.ts';
import { contentTypeFor, isCompressible } from '../../infra/lib/content-type.ts';
import type { PrerenderedObject } from '../../infra/lib/prerender-site.ts';
import { type CspInputs, securityHeaders } from '../../infra/lib/security-headers.ts';
import { loadViewerRequestFunction } from '../../infra/lib/viewer-request-function.ts';

export interface SiteOptions {
  /** The build output (dist/). */
  root: string;
  /** The runtime config: served as /config.json and the source of the CSP, as a deploy does. */
  config: CspInputs & Record<string, unknown>;
  /** The pages pre-rendered with that config (infra/lib/prerender-site.ts), as a deploy uploads them. */
  prerendered?: readonly PrerenderedObject[];
}

interface StoredObject {
  body: Buffer;
  contentType: string;
  cacheControl: string;
  etag: string;
  encoded: Map<string, Buffer>;
}

/** CloudFront compresses objects from 1,000 bytes to 10 MB. */
const MIN_COMPRESS = 1000;
/** The deploy uploads neither Vite's manifest nor anything outside dist/. */
const NOT_DEPLOYED = /^\.vite\//;

function stored(body: Buffer, key: string): StoredObject {
  return {
    body,
    contentType: contentTypeFor(key),
    cacheControl: cacheControlFor(key),
    etag: `"${createHash('md5').update(body).digest('hex')}"`,
    encoded: new Map(),
  };
}

/** The S3 key a request URI names, or undefined when it cannot name one of ours. */
function objectKey(uri: string): string | undefined {
  let decoded: string;
  try {
    decoded = decodeURIComponent(uri);
  } catch {
    return undefined;
  }
  const key = decoded.replace(/^\/+/, '');
  if (key.includes('\0') || key.includes('\\') || key.split('/').includes('..')) return undefined;
  if (NOT_DEPLOYED.test(key)) return undefined;
  return key;
}

function encodingFor(req: IncomingMessage, object: StoredObject): 'br' | 'gzip' | undefined {
  if (!isCompressible(object.contentType) || object.body.length < MIN_COMPRESS) return undefined;
  const accepted = String(req.headers['accept-encoding'] ?? '');
  if (/\bbr\b/.test(accepted)) return 'br';
  if (/\bgzip\b/.test(accepted)) return 'gzip';
  return undefined;
}

function encode(object: StoredObject, encoding: 'br' | 'gzip'): Buffer {
  let body = object.encoded.get(encoding);
  if (!body) {
    body =
      encoding === 'br'
        ? brotliCompressSync(object.body, {
            params: { [constants.BROTLI_PARAM_QUALITY]: 11 },
          })
        : gzipSync(object.body, { level: 9 });
    object.encoded.set(encoding, body);
  }
  return body;
}

/**
 * Serves a build the way the production distribution does: the deployed viewer-request
 * function rewrites deep links, objects carry the deploy's Cache-Control and content type,
 * every response carries the response-headers policy (CSP included), unknown keys get S3's
 * 403 (never index.html), and only GET and HEAD are allowed.
 */
export function createSiteHandler(options: SiteOptions) {
  const root = resolve(options.root);
  if (!existsSync(join(root, 'index.html'))) {
    throw new Error(`${root}/index.html not found: run \`npm run build\` first.`);
  }
  const viewerRequest = loadViewerRequestFunction();
  const headers = securityHeaders(options.config);
  const objects = new Map<string, StoredObject>();
  // config.json is the deploy's own object, not whatever a build copied from public/.
  objects.set(
    'config.json',
    stored(Buffer.from(`${JSON.stringify(options.config, null, 2)}\n`), 'config.json'),
  );
  for (const { key, body } of options.prerendered ?? [])
    objects.set(key, stored(Buffer.from(body), key));

  const read = (key: string): StoredObject | undefined => {
    const cached = objects.get(key);
    if (cached) return cached;
    const path = join(root, key);
    if (!path.startsWith(root + sep) || !existsSync(path) || !statSync(path).isFile()) {
      return undefined;
    }
    // Hashed assets never change under their name; other files are read fresh, as a redeploy would.
    const object = stored(readFileSync(path), key);
    if (key.startsWith('assets/')) objects.set(key, object);
    return object;
  };

  return (req: IncomingMessage, res: ServerResponse) => {
    for (const [name, value] of Object.entries(headers)) res.setHeader(name, value);
    const method = req.method ?? 'GET';
    if (method !== 'GET' && method !== 'HEAD') {
      res.writeHead(403, { 'content-type': 'text/plain' }).end('Method not allowed here.\n');
      return;
    }
    const url = new URL(req.url ?? '/', 'http://site.invalid');
    const request = viewerRequest({ request: { method, uri: url.pathname } });
    const key = objectKey(request.uri);
    const object = key === undefined ? undefined : read(key);
    if (!object) {
      res
        .writeHead(403, { 'content-type': 'application/xml' })
        .end('<?xml version="1.0" encoding="UTF-8"?><Error><Code>AccessDenied</Code></Error>');
      return;
    }
    res.setHeader('cache-control', object.cacheControl);
    res.setHeader('content-type', object.contentType);
    res.setHeader('etag', object.etag);
    res.setHeader('vary', 'Accept-Encoding');
    if (req.headers['if-none-match'] === object.etag) {
      res.writeHead(304).end();
      return;
    }
    const encoding = encodingFor(req, object);
    const body = encoding ? encode(object, encoding) : object.body;
    if (encoding) res.setHeader('content-encoding', encoding);
    res.setHeader('content-length', body.length);
    res.writeHead(200).end(method === 'HEAD' ? undefined : body);
  };
}
