import type { Result } from 'lighthouse';

/** What `npm run perf` reports of one Lighthouse run. */
export interface PageMetrics {
  /** Performance score, 0-100. */
  readonly score: number;
  /** Milliseconds, as Lighthouse simulates them (mobile, slow 4G, 4x CPU slowdown). */
  readonly fcp: number;
  readonly lcp: number;
  readonly tbt: number;
  readonly cls: number;
  /** Bytes over the wire (compressed, headers included): everything, scripts, and the CSS that blocks the first paint. */
  readonly totalBytes: number;
  readonly scriptBytes: number;
  readonly renderBlockingCssBytes: number;
}

interface NetworkRequest {
  readonly url: string;
  readonly resourceType?: string;
  readonly transferSize?: number;
}

/** The rows of a table audit (network requests, render-blocking requests). */
function itemsOf(lhr: Result, audit: string): { url?: string }[] {
  const details = lhr.audits[audit]?.details;
  return details && 'items' in details ? (details.items as { url?: string }[]) : [];
}

function numeric(lhr: Result, audit: string): number {
  const value = lhr.audits[audit]?.numericValue;
  if (value === undefined) throw new Error(`Lighthouse reported no ${audit}`);
  return value;
}

/** Reads the report's figures; CSS counts as render-blocking when Lighthouse's insight says so. */
export function pageMetrics(lhr: Result): PageMetrics {
  const requests = itemsOf(lhr, 'network-requests') as NetworkRequest[];
  const bytes = (filter: (request: NetworkRequest) => boolean) =>
    requests.filter(filter).reduce((total, request) => total + (request.transferSize ?? 0), 0);
  const blocking = new Set(
    [...itemsOf(lhr, 'render-blocking-insight'), ...itemsOf(lhr, 'render-blocking-resources')].map(
      (item) => item.url,
    ),
  );
  return {
    score: Math.round((lhr.categories.performance?.score ?? 0) * 100),
    fcp: numeric(lhr, 'first-contentful-paint'),
    lcp: numeric(lhr, 'largest-contentful-paint'),
    tbt: numeric(lhr, 'total-blocking-time'),
    cls: numeric(lhr, 'cumulative-layout-shift'),
    totalBytes: numeric(lhr, 'total-byte-weight'),
    scriptBytes: bytes((request) => request.resourceType === 'Script'),
    renderBlockingCssBytes: bytes(
      (request) => request.resourceType === 'Stylesheet' && blocking.has(request.url),
    ),
  };
}
