/**
 * Prints the CSS a browser must load before each route's first paint, from the production
 * build's manifest: the CSS of the entry chunk and its static imports, plus that of the route
 * module's chunk and its static imports (and the session gate's, for protected pages). Vite
 * links it all as render-blocking stylesheets, so every byte delays the first paint.
 * Fails when /sign-in or / is over its Brotli budget, or when a stylesheet reads an Amplify UI
 * token that neither it nor the entry's CSS defines (src/components/ui/styles/tokens.css keeps
 * only the tokens in use; a component added later may need more).
 * Usage: npx vite build && npx tsx scripts/css-report.ts [dist directory]
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

interface ManifestChunk {
  file: string;
  isEntry?: boolean;
  imports?: string[];
  css?: string[];
}

const DIST = process.argv[2] ?? 'dist';
const ROUTES_DIR = 'src/app/routes/';
const GATE = `${ROUTES_DIR}protected.tsx`;
/** Route modules behind the session gate; they also load the gate's chunk. */
const PROTECTED = ['profile', 'profile-claims', 'notes', 'admin', 'account-security'];
const NOT_ROUTES = new Set(['root', 'protected']);
/** kB (1,000 bytes) of Brotli: the first paint of the pages most visitors open first. */
const BUDGETS_KB: Record<string, number> = { 'sign-in': 8, home: 8 };
const AMPLIFY_BASE = 'node_modules/@aws-amplify/ui-react/dist/styles/base.css';
/** Token families the kit's style props name at runtime (src/components/ui/style-props.ts). */
const STYLE_PROP_TOKENS = /^--amplify-(space|font-sizes|colors-font)-/;

const manifest: Record<string, ManifestChunk> = JSON.parse(
  readFileSync(join(DIST, '.vite', 'manifest.json'), 'utf8'),
);
const read = (file: string) => readFileSync(join(DIST, file), 'utf8');

/** The stylesheets of a chunk and of everything it imports statically. */
function cssOf(key: string, css = new Set<string>(), seen = new Set<string>()): Set<string> {
  const chunk = manifest[key];
  if (!chunk || seen.has(key)) return css;
  seen.add(key);
  for (const file of chunk.css ?? []) css.add(file);
  for (const imported of chunk.imports ?? []) cssOf(imported, css, seen);
  return css;
}

function sizeOf(files: Iterable<string>) {
  const total = { raw: 0, gzip: 0, brotli: 0 };
  for (const file of files) {
    const bytes = readFileSync(join(DIST, file));
    total.raw += bytes.length;
    total.gzip += gzipSync(bytes, { level: 9 }).length;
    total.brotli += brotliCompressSync(bytes, {
      params: { [constants.BROTLI_PARAM_QUALITY]: 11 },
    }).length;
  }
  return total;
}

const entryKey = Object.keys(manifest).find((key) => manifest[key]?.isEntry);
if (!entryKey) throw new Error(`No entry chunk in ${DIST}/.vite/manifest.json: build first.`);

const problems: string[] = [];
const kb = (n: number) => (n / 1000).toFixed(1).padStart(8);
const row = (name: string, files: Set<string>) => {
  const size = sizeOf(files);
  const budget = BUDGETS_KB[name];
  const over = budget !== undefined && size.brotli > budget * 1000;
  if (over) problems.push(`${name}: ${kb(size.brotli).trim()} kB Brotli > ${budget} kB`);
  console.log(
    `${name.padEnd(26)}${String(files.size).padStart(6)}${kb(size.raw)}${kb(size.gzip)}${kb(size.brotli)}${budget ? `  / ${budget}${over ? ' OVER' : ''}` : ''}`,
  );
};

console.log(`${'route module'.padEnd(26)}  css     raw    gzip  brotli   (kB, gzip 9 / Brotli 11)`);
const routeKeys = Object.keys(manifest)
  .filter((key) => key.startsWith(ROUTES_DIR))
  .filter((key) => !NOT_ROUTES.has(key.slice(ROUTES_DIR.length).replace(/\.tsx$/, '')))
  .sort();
for (const key of routeKeys) {
  const name = key.slice(ROUTES_DIR.length).replace(/\.tsx$/, '');
  const css = cssOf(entryKey);
  cssOf(key, css);
  if (PROTECTED.includes(name)) cssOf(GATE, css);
  row(name, css);
}
const allCss = readdirSync(join(DIST, 'assets'))
  .filter((file) => file.endsWith('.css'))
  .map((file) => `assets/${file}`);
row('(all CSS in the build)', new Set(allCss));

// Custom properties a stylesheet declares, and the ones it reads.
const declared = (css: string) => new Set([...css.matchAll(/(--[\w-]+)\s*:/g)].map((m) => m[1]));
const readsOf = (css: string) => new Set([...css.matchAll(/var\(\s*(--[\w-]+)/g)].map((m) => m[1]));
const amplifyTokens = declared(readFileSync(AMPLIFY_BASE, 'utf8'));
const everyPage = declared([...cssOf(entryKey)].map(read).join('\n'));
for (const file of allCss) {
  const css = read(file);
  const own = declared(css);
  for (const token of readsOf(css)) {
    if (amplifyTokens.has(token) && !everyPage.has(token) && !own.has(token)) {
      problems.push(`${file} reads ${token}, which no stylesheet it loads with defines`);
    }
  }
}
for (const token of amplifyTokens) {
  if (STYLE_PROP_TOKENS.test(token ?? '') && !everyPage.has(token)) {
    problems.push(`style props may name ${token}, which the entry's CSS does not define`);
  }
}
if (problems.length > 0) {
  console.error(`\n${problems.join('\n')}`);
  process.exit(1);
}
