/**
 * `npm run perf`: how fast the production build shows its first pages, beside a floor page.
 * Builds the app (`npm run build`) and the floor page (perf/floor/: React, React Router and
 * TanStack Query rendering a static form, built by the same Vite), serves both as CloudFront
 * does (local/preview: Brotli/gzip, production headers and CSP; the app on a fresh local
 * stack), and runs Lighthouse (mobile, simulated throttling) 3 times on `/sign-in`, `/` and
 * the floor page, interleaved so that a busy moment of the machine hits all three alike.
 * Prints the medians as a Markdown table and writes every run to .local-state/perf/.
 * Not part of `npm test`: timings move with the machine's load; the size budgets are the gate.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { startSiteServer } from '../local/preview/start-site-server.ts';
import { startStack } from '../local/stack/start-stack.ts';
import { buildFloor } from './perf/build-floor.ts';
import type { PageMetrics } from './perf/page-metrics.ts';
import { medians, perfTable } from './perf/perf-table.ts';
import { runLighthouse } from './perf/run-lighthouse.ts';
import { runMain } from './run-main.ts';

const RUNS = 3;
const OUT_DIR = join('.local-state', 'perf');
const FLOOR = 'floor page';
/** The floor page calls nothing; the site handler only needs values to build its CSP from. */
const FLOOR_CONFIG = { region: 'us-east-1', apiUrl: 'http://localhost' };

async function measure(pages: readonly { name: string; url: string }[]) {
  const runs = new Map<string, PageMetrics[]>(pages.map((page) => [page.name, []]));
  for (let run = 1; run <= RUNS; run++) {
    for (const { name, url } of pages) {
      const started = performance.now();
      const metrics = await runLighthouse(url);
      runs.get(name)?.push(metrics);
      const seconds = ((performance.now() - started) / 1000).toFixed(0);
      console.error(
        `run ${run}/${RUNS} ${name}: score ${metrics.score}, LCP ${Math.round(metrics.lcp)} ms, TBT ${Math.round(metrics.tbt)} ms (${seconds} s)`,
      );
    }
  }
  return runs;
}

/** The commit measured (the work tree may differ from it); none outside a git checkout. */
function currentCommit(): string | undefined {
  try {
    return execFileSync('git', ['rev-parse', 'HEAD'], { encoding: 'utf8', stdio: 'pipe' }).trim();
  } catch {
    return undefined;
  }
}

async function main(): Promise<number> {
  if (spawnSync('npm', ['run', 'build'], { stdio: 'inherit' }).status !== 0) return 1;
  const floorDir = await buildFloor();
  const closers: (() => Promise<void>)[] = [async () => rmSync(floorDir, { recursive: true })];
  let runs: Map<string, PageMetrics[]>;
  try {
    const stack = await startStack({ appPort: 0, quiet: true, appServer: { dist: 'dist' } });
    closers.push(stack.close);
    const floor = await startSiteServer(0);
    closers.push(floor.close);
    floor.serve({ root: floorDir, config: FLOOR_CONFIG });
    runs = await measure([
      { name: '/sign-in', url: `${stack.urls.app}/sign-in` },
      { name: '/', url: `${stack.urls.app}/` },
      // By file name: the viewer function sends paths without one to the app's own pages.
      { name: FLOOR, url: `${floor.url}/index.html` },
    ]);
  } finally {
    for (const close of closers.reverse()) await close().catch(() => undefined);
  }
  const pages = [...runs].map(([name, pageRuns]) => ({ name, median: medians(pageRuns) }));
  const floorMedian = pages.find((page) => page.name === FLOOR)?.median;
  if (!floorMedian) throw new Error('the floor page was not measured');
  console.log(`\nLighthouse, mobile, simulated throttling; median of ${RUNS} runs\n`);
  console.log(perfTable(pages, floorMedian));
  mkdirSync(OUT_DIR, { recursive: true });
  const at = new Date().toISOString();
  const file = join(OUT_DIR, `perf-${at.replace(/[:.]/g, '-')}.json`);
  const commit = currentCommit();
  writeFileSync(
    file,
    `${JSON.stringify({ at, commit, runs: Object.fromEntries(runs), pages }, null, 2)}\n`,
  );
  console.log(`\nEvery run: ${file}`);
  return 0;
}

runMain(main);
