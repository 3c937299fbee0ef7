import type { PageMetrics } from './page-metrics.ts';

export type MetricName = keyof PageMetrics;

/** The median of each figure over a page's runs, on its own (not the figures of one run). */
export function medians(runs: readonly PageMetrics[]): PageMetrics {
  const median = (name: MetricName) => {
    const sorted = runs.map((run) => run[name]).sort((a, b) => a - b);
    const middle = Math.floor(sorted.length / 2);
    return sorted.length % 2 === 1
      ? (sorted[middle] as number)
      : ((sorted[middle - 1] as number) + (sorted[middle] as number)) / 2;
  };
  const names = Object.keys(runs[0] ?? {}) as MetricName[];
  return Object.fromEntries(names.map((name) => [name, median(name)])) as unknown as PageMetrics;
}

const ms = (value: number) => `${(value / 1000).toFixed(2)} s`;
const kb = (value: number) => `${(value / 1000).toFixed(1)} kB`;
/** Below this, a blocking time is noise (a few ms of one run), and a ratio of two says nothing. */
const MEANINGFUL_TBT_MS = 10;
const ratio = (value: number, floor: number) => `${(value / floor).toFixed(2)}x`;
const tbtRatio = (value: number, floor: number) =>
  floor >= MEANINGFUL_TBT_MS ? ratio(value, floor) : `- (floor < ${MEANINGFUL_TBT_MS} ms)`;

/** A Markdown table of the medians, with LCP and TBT as multiples of the floor page's. */
export function perfTable(
  pages: readonly { name: string; median: PageMetrics }[],
  floor: PageMetrics,
) {
  const header = [
    'page',
    'score',
    'FCP',
    'LCP',
    'TBT',
    'CLS',
    'transferred',
    'JS',
    'render-blocking CSS',
    'LCP vs floor',
    'TBT vs floor',
  ];
  const rows = pages.map(({ name, median }) => [
    name,
    String(median.score),
    ms(median.fcp),
    ms(median.lcp),
    `${Math.round(median.tbt)} ms`,
    median.cls.toFixed(3),
    kb(median.totalBytes),
    kb(median.scriptBytes),
    kb(median.renderBlockingCssBytes),
    ratio(median.lcp, floor.lcp),
    tbtRatio(median.tbt, floor.tbt),
  ]);
  return [header, header.map(() => '---'), ...rows]
    .map((cells) => `| ${cells.join(' | ')} |`)
    .join('\n');
}
