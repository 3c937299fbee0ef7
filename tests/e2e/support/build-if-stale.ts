import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

// What the build in dist/ is made from; any of them newer than it means it is stale.
const SOURCES = ['src', 'public', 'index.html', 'vite.config.ts', 'package-lock.json'];
const BUILT = 'dist/index.html';

/** The newest modification time under `path` (a file or a folder), 0 when it is missing. */
function newest(path: string): number {
  if (!existsSync(path)) return 0;
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return readdirSync(path).reduce((max, name) => Math.max(max, newest(join(path, name))), 0);
}

/**
 * Vitest global setup for the browser tests, which run against the build in dist/: builds it
 * first when it is missing or older than the sources, so they never pass on yesterday's app.
 * `npm test` has just built it, and then this costs a few stat calls.
 */
export default function buildIfStale() {
  const built = existsSync(BUILT) ? statSync(BUILT).mtimeMs : 0;
  if (built > Math.max(...SOURCES.map(newest))) return;
  // The app's build without `build`'s typecheck, which these tests do not need, where the
  // project has such a script.
  const { scripts } = JSON.parse(readFileSync('package.json', 'utf8')) as {
    scripts: Record<string, string>;
  };
  const script = 'build:app' in scripts ? 'build:app' : 'build';
  console.log(`${BUILT} is missing or older than the sources: running npm run ${script} first.`);
  // Vitest sets NODE_ENV=test, which would make Vite build React's development bundle: the
  // browser tests must run the production build users get.
  execFileSync('npm', ['run', script], {
    stdio: 'inherit',
    env: { ...process.env, NODE_ENV: 'production' },
  });
}
