import { BUDGETS_KB } from './budgets.ts';
import type { RouteLoad } from './measure-route.ts';
import type { RouteRow } from './print-report.ts';
import type { RouteToMeasure } from './routes.ts';

const KB = 1000;

/** A route's totals and what is wrong with them: over a budget, no budget, or not signed in. */
export function routeRow(
  { route, url, visitor, landsOn = url }: RouteToMeasure,
  load: RouteLoad,
): RouteRow {
  const scripts = [...load.scripts].sort((a, b) => b.gzip - a.gzip);
  const sum = (key: 'raw' | 'gzip' | 'brotli') =>
    scripts.reduce((total, script) => total + script[key], 0);
  const [raw, gzip, brotli] = [sum('raw'), sum('gzip'), sum('brotli')];
  const budget = BUDGETS_KB[route];
  const problems = budget
    ? [
        gzip > budget.gzip * KB && `gzip ${(gzip / KB).toFixed(1)} kB > ${budget.gzip} kB`,
        brotli > budget.brotli * KB &&
          `brotli ${(brotli / KB).toFixed(1)} kB > ${budget.brotli} kB`,
      ].filter((problem): problem is string => Boolean(problem))
    : ['no budget: add one to BUDGETS_KB in scripts/size/budgets.ts'];
  // A signed-in page that sent its visitor to sign-in measured the wrong page.
  if (visitor !== 'signed-out' && load.landedOn !== landsOn) {
    problems.push(`opened as the ${visitor} user but landed on ${load.landedOn}`);
  }
  return {
    route,
    visitor,
    url,
    landedOn: load.landedOn,
    requests: scripts.length,
    raw,
    gzip,
    brotli,
    budget,
    problems,
    scripts,
  };
}
