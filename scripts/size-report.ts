/**
 * Measures the JavaScript a browser downloads to show each route from a cold start, from the
 * production build (dist/.vite/manifest.json): the entry chunk and its static imports, plus the
 * route module's chunk and its static imports (and the session gate's, for protected pages).
 * Fails when a route is over its gzip budget. Usage: npm run build && npm run size [-- --json]
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { paths } from '../src/config/paths.ts';

interface ManifestChunk {
  file: string;
  isEntry?: boolean;
  imports?: string[];
}

const DIST = 'dist';
const KB = 1000;
/**
 * gzip budgets per route, in kB: a ratchet at today's figures, so no change makes a page
 * heavier unnoticed. The target for /sign-in, the page most users see first, is 150 kB;
 * README "Bundle budget" says what stands between it and that.
 */
const DEFAULT_BUDGET_KB = 160;
const BUDGETS_KB: Record<string, number> = { '/sign-in': 157, '/': 152 };
const ROUTES_DIR = 'src/app/routes/';
const GATE = `${ROUTES_DIR}protected.tsx`;
/** Route modules behind the session gate; they also load the gate's chunk. */
const PROTECTED = ['profile', 'profile-claims', 'notes', 'admin'];
const NOT_ROUTES = new Set(['root', 'protected']);

/**
 * The URL each route module serves, read from the router (`path: X.path, lazy: ... './routes/name'`)
 * and resolved against the paths object, so the report names real URLs.
 */
function routeUrls(): Map<string, string> {
  const source = readFileSync('src/app/router.tsx', 'utf8');
  const urls = new Map<string, string>([['not-found', '*']]);
  const entry = /path:\s*([\w.]+)\.path,\s*lazy:\s*\(\)\s*=>\s*import\('\.\/routes\/([\w-]+)'\)/g;
  for (const [, expression, name] of source.matchAll(entry)) {
    const parts = (expression as string).split('.');
    const root: unknown = parts[0] === 'steps' ? paths.auth.steps : paths;
    const found = parts
      .slice(1)
      .reduce<unknown>((node, key) => (node as Record<string, unknown>)?.[key], root);
    const path = (found as { path?: string } | undefined)?.path;
    if (path) urls.set(name as string, path);
  }
  return urls;
}
const URLS = routeUrls();

const manifest: Record<string, ManifestChunk> = JSON.parse(
  readFileSync(join(DIST, '.vite', 'manifest.json'), 'utf8'),
);

/** A chunk and everything it imports statically: what the browser must fetch before running it. */
function closure(key: string, seen = new Set<string>()): Set<string> {
  const chunk = manifest[key];
  if (!chunk || seen.has(chunk.file)) return seen;
  seen.add(chunk.file);
  for (const imported of chunk.imports ?? []) closure(imported, seen);
  return seen;
}

const sizes = new Map<string, { raw: number; gzip: number; brotli: number }>();
function sizeOf(file: string) {
  let size = sizes.get(file);
  if (!size) {
    const bytes = readFileSync(join(DIST, file));
    size = {
      raw: bytes.length,
      gzip: gzipSync(bytes, { level: 9 }).length,
      brotli: brotliCompressSync(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } })
        .length,
    };
    sizes.set(file, size);
  }
  return size;
}

const entryKey = Object.keys(manifest).find((key) => manifest[key]?.isEntry);
if (!entryKey)
  throw new Error('No entry chunk in dist/.vite/manifest.json: run `npm run build` first.');

const routeKeys = Object.keys(manifest)
  .filter((key) => key.startsWith(ROUTES_DIR))
  .filter((key) => !NOT_ROUTES.has(key.slice(ROUTES_DIR.length).replace(/\.tsx$/, '')));

const rows = routeKeys.map((key) => {
  const name = key.slice(ROUTES_DIR.length).replace(/\.tsx$/, '');
  const files = closure(entryKey);
  closure(key, files);
  if (PROTECTED.includes(name)) closure(GATE, files);
  const total = { raw: 0, gzip: 0, brotli: 0 };
  for (const file of files) {
    const s = sizeOf(file);
    total.raw += s.raw;
    total.gzip += s.gzip;
    total.brotli += s.brotli;
  }
  const route = URLS.get(name) ?? `(${name})`;
  const budget = BUDGETS_KB[route] ?? DEFAULT_BUDGET_KB;
  return { route, chunks: files.size, ...total, budget, over: total.gzip > budget * KB };
});
rows.sort((a, b) => a.route.localeCompare(b.route));

if (process.argv.includes('--json')) {
  console.log(JSON.stringify(rows, null, 2));
} else {
  const kb = (n: number) => `${(n / KB).toFixed(1)} kB`.padStart(10);
  console.log(
    `${'route (module)'.padEnd(28)}${'chunks'.padStart(7)}${'raw'.padStart(10)}${'gzip'.padStart(10)}${'brotli'.padStart(10)}${'budget'.padStart(10)}`,
  );
  for (const r of rows) {
    console.log(
      `${r.route.padEnd(28)}${String(r.chunks).padStart(7)}${kb(r.raw)}${kb(r.gzip)}${kb(r.brotli)}${kb(r.budget * KB)}${r.over ? '  OVER' : ''}`,
    );
  }
}
const over = rows.filter((r) => r.over);
if (over.length > 0) {
  console.error(
    `\nOver budget (gzip): ${over.map((r) => `${r.route} ${(r.gzip / KB).toFixed(1)} kB > ${r.budget} kB`).join(', ')}`,
  );
  process.exit(1);
}
console.log(`\nAll ${rows.length} routes within their gzip budgets.`);
