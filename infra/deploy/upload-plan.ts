import { readdirSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { cacheControlFor, isHashedAsset } from '../lib/cache-control.ts';
import { contentTypeFor } from '../lib/content-type.ts';
import type { PrerenderedObject } from '../lib/prerender-site.ts';

export interface Upload {
  /** The S3 key: the path under dist/, with forward slashes. */
  readonly key: string;
  /** The file to upload, or the body itself for generated objects (config.json). */
  readonly source: { file: string } | { body: string };
  readonly cacheControl: string;
  readonly contentType: string;
}

/** Vite's manifest is for the pre-renderer; config.json is generated from the stack. */
const NOT_UPLOADED = (key: string) => key.startsWith('.vite/') || key === 'config.json';
/** What an open tab loads first: replaced last, once everything it points at is in place. */
const ENTRY_POINTS = new Set(['index.html', 'config.json']);

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name));
}

const upload = (key: string, source: Upload['source']): Upload => ({
  key,
  source,
  cacheControl: cacheControlFor(key),
  contentType: contentTypeFor(key),
});

/**
 * The deploy in the order that keeps every open tab working: new hashed chunks first (old
 * ones stay: tabs still running the previous build load them lazily), then the other files,
 * then index.html and config.json, which make browsers pick the new build up.
 */
export function uploadPlan(
  distDir: string,
  config: object,
  prerendered: readonly PrerenderedObject[] = [],
): Upload[][] {
  const keys = filesUnder(distDir)
    .map((file) => ({ file, key: relative(distDir, file).split(sep).join('/') }))
    .filter(({ key }) => !NOT_UPLOADED(key))
    .sort((a, b) => a.key.localeCompare(b.key));
  if (!keys.some(({ key }) => key === 'index.html')) {
    throw new Error(`${distDir}/index.html not found: the build did not run or failed.`);
  }
  const assets = keys.filter(({ key }) => isHashedAsset(key));
  const others = keys.filter(({ key }) => !isHashedAsset(key) && !ENTRY_POINTS.has(key));
  // Pages pre-rendered for this config are entry points too; their stylesheet is hashed.
  const generated = prerendered.map(({ key, body }) => upload(key, { body }));
  return [
    [
      ...assets.map(({ key, file }) => upload(key, { file })),
      ...generated.filter(({ key }) => isHashedAsset(key)),
    ],
    others.map(({ key, file }) => upload(key, { file })),
    [
      upload('index.html', { file: join(distDir, 'index.html') }),
      ...generated.filter(({ key }) => !isHashedAsset(key)),
      upload('config.json', { body: `${JSON.stringify(config, null, 2)}\n` }),
    ],
  ].filter((phase) => phase.length > 0);
}

/** Paths CloudFront must forget after a deploy: only what is not content-hashed. */
export const INVALIDATION_PATHS = ['/index.html', '/_pages/*', '/config.json'] as const;
