import { problem, type RuleFailure } from './rules';
import type { ConfigResult } from './types';
import { problemWith, validateConfig } from './validate-config';

const SOURCE = 'config.json';

const failure = (reason: RuleFailure): ConfigResult => ({
  ok: false,
  problems: [problemWith(SOURCE, reason)],
});

async function fetchRawConfig(url: URL): Promise<{ ok: true; raw: unknown } | ConfigResult> {
  let response: Response;
  try {
    // A plain fetch, so it takes the response index.html preloads (same URL, mode and
    // credentials). config.json is served no-cache: a deploy still takes effect at once.
    response = await fetch(url);
  } catch (error) {
    // The browser's own words for a network failure ("Failed to fetch"): shown as they are.
    const reason = errorText(error);
    return failure(problem('configProblem.unreachable', { path: url.pathname, reason }));
  }
  if (!response.ok) {
    return failure(
      problem('configProblem.httpStatus', { path: url.pathname, status: String(response.status) }),
    );
  }
  const text = await response.text();
  try {
    return { ok: true, raw: JSON.parse(text) };
  } catch {
    // An SPA fallback answering with index.html is the usual cause.
    return failure(
      text.trimStart().startsWith('<')
        ? problem('configProblem.html')
        : problem('configProblem.json'),
    );
  }
}

const errorText = (error: unknown) => (error instanceof Error ? error.message : String(error));

/**
 * Fetches and validates the runtime config once at start-up. Never throws: every
 * failure becomes a list of problems for the error page.
 */
export async function loadConfig(): Promise<ConfigResult> {
  const url = new URL(`${import.meta.env.BASE_URL}${SOURCE}`, window.location.origin);
  const fetched = await fetchRawConfig(url);
  const result = 'raw' in fetched ? validateConfig(fetched.raw) : fetched;
  if (!result.ok) {
    const keys = [...new Set(result.problems.map((problem) => problem.key))].join(', ');
    console.error(`[config] ${SOURCE} is invalid; check: ${keys}`);
    return result;
  }
  if (result.unknownKeys.length > 0) {
    console.warn(`[config] ignoring unknown keys in ${SOURCE}: ${result.unknownKeys.join(', ')}`);
  }
  return result;
}
