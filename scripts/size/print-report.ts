import type { Budget } from './budgets.ts';
import type { FetchedScript } from './measure-route.ts';

export interface RouteRow {
  readonly route: string;
  readonly visitor: string;
  /** What the browser opened, and where it ended up (a step without a sign-in goes to /sign-in). */
  readonly url: string;
  readonly landedOn: string;
  readonly requests: number;
  readonly raw: number;
  readonly gzip: number;
  readonly brotli: number;
  readonly budget: Budget | undefined;
  /** What is wrong: over a budget, or no budget; empty when the route passes. */
  readonly problems: string[];
  /** Biggest first (gzip). */
  readonly scripts: FetchedScript[];
}

const KB = 1000;
const kb = (bytes: number) => (bytes / KB).toFixed(1);
const pad = (text: string | number, width: number) => String(text).padStart(width);

/** One line per route, with its three biggest scripts beneath it (all of them with SIZE_ALL=1). */
export function printReport(rows: readonly RouteRow[]) {
  console.log(
    `${'route'.padEnd(22)}${pad('scripts', 8)}${pad('gzip', 8)}${pad('budget', 7)}${pad('brotli', 8)}${pad('budget', 7)}   (kB; gzip -9, Brotli 11)`,
  );
  for (const row of rows) {
    const landed = row.landedOn === row.url ? '' : ` (-> ${row.landedOn})`;
    console.log(
      `${row.route.padEnd(22)}${pad(row.requests, 8)}${pad(kb(row.gzip), 8)}${pad(row.budget?.gzip ?? '-', 7)}${pad(kb(row.brotli), 8)}${pad(row.budget?.brotli ?? '-', 7)}${row.problems.length > 0 ? '   OVER' : ''}${row.visitor === 'signed-out' ? '' : `   as ${row.visitor}`}${landed}`,
    );
    const biggest = row.scripts
      .slice(0, process.env.SIZE_ALL ? undefined : 3)
      .map((script) => `${script.path.replace(/^assets\//, '')} ${kb(script.gzip)}`);
    console.log(`${''.padEnd(24)}${biggest.join(', ')}`);
  }
}
