import type { ConfigResult } from './types';
import { validateConfig } from './validate-config';

const SOURCE = 'config.json';

const failure = (message: string): ConfigResult => ({
  ok: false,
  problems: [{ key: SOURCE, message }],
});

async function fetchRawConfig(url: URL): Promise<{ ok: true; raw: unknown } | ConfigResult> {
  let response: Response;
  try {
    // A plain fetch, so it takes the response index.html preloads (same URL, mode and
    // credentials). config.json is served no-cache: a deploy still takes effect at once.
    response = await fetch(url);
  } catch (error) {
    return failure(`could not be fetched from ${url.pathname} (${errorText(error)})`);
  }
  if (!response.ok) {
    return failure(`could not be loaded from ${url.pathname} (HTTP ${response.status})`);
  }
  const text = await response.text();
  try {
    return { ok: true, raw: JSON.parse(text) };
  } catch {
    // An SPA fallback answering with index.html is the usual cause.
    const hint = text.trimStart().startsWith('<') ? ': got HTML, is the file deployed?' : '';
    return failure(`is not valid JSON${hint}`);
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
