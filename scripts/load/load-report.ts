import type { Sample } from './run-users.ts';

/** The p-th percentile (0–100) of `values`, nearest rank; 0 for none. */
export function percentile(values: readonly number[], p: number): number {
  if (values.length === 0) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.ceil((p / 100) * sorted.length);
  return sorted[Math.min(Math.max(rank, 1), sorted.length) - 1] ?? 0;
}

/** The figures as a small Markdown table: requests/s, p50/p99 and errors, in all and per operation. */
export function loadReport(samples: readonly Sample[], ms: number): string {
  const row = (name: string, rows: readonly Sample[]) => {
    const latencies = rows.map((sample) => sample.ms);
    const errors = rows.filter((sample) => !sample.ok);
    const kinds = [...new Set(errors.map((sample) => sample.outcome))].join(', ');
    return `| ${name} | ${rows.length} | ${(rows.length / (ms / 1000)).toFixed(0)} | ${percentile(latencies, 50).toFixed(1)} | ${percentile(latencies, 99).toFixed(1)} | ${errors.length}${kinds ? ` (${kinds})` : ''} |`;
  };
  return [
    '| operation | requests | req/s | p50 ms | p99 ms | errors |',
    '| --- | ---: | ---: | ---: | ---: | ---: |',
    row('all', samples),
    ...(['create', 'list', 'delete'] as const).map((op) =>
      row(
        op,
        samples.filter((sample) => sample.op === op),
      ),
    ),
  ].join('\n');
}
