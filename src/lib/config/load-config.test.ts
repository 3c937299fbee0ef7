import { readFileSync } from 'node:fs';
import { HttpResponse, http } from 'msw';
import { describe, expect, it, vi } from 'vitest';
import { expectConsoleError } from '../../../tests/components/console-guard';
import { server } from '../../../tests/components/msw-server';
import { testConfig } from '../../../tests/components/render-app';
import { describeProblem } from './describe-problem';
import { loadConfig } from './load-config';
import { problemInEnglish } from './problem-in-english';

const serve = (resolver: () => Response) => server.use(http.get('*/config.json', resolver));

describe('loadConfig', () => {
  it('fetches /config.json as index.html preloads it, so the preloaded response is used', async () => {
    let request: Request | undefined;
    server.use(
      http.get('*/config.json', ({ request: incoming }) => {
        request = incoming;
        return HttpResponse.json(testConfig);
      }),
    );
    expect(await loadConfig()).toEqual({ ok: true, config: testConfig, unknownKeys: [] });
    expect(new URL(request?.url ?? '').pathname).toBe('/config.json');
    // A preload is only reused by a request with the same mode, credentials and cache mode;
    // freshness comes from the server's Cache-Control: no-cache instead.
    expect(request?.cache).toBe('default');
    expect(request?.mode).toBe('cors');
    expect(request?.credentials).toBe('same-origin');
    const preload = /<link rel="preload" href="\/config\.json" as="fetch" crossorigin="anonymous"/;
    expect(readFileSync('index.html', 'utf8')).toMatch(preload);
  });

  it('warns about unknown keys and carries on', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    serve(() => HttpResponse.json({ ...testConfig, colour: 'blue' }));
    expect(await loadConfig()).toMatchObject({ ok: true });
    expect(warn).toHaveBeenCalledWith('[config] ignoring unknown keys in config.json: colour');
  });

  it('names the invalid keys in console.error', async () => {
    expectConsoleError(/^\[config\] config\.json is invalid; check: region, apiUrl$/);
    serve(() => HttpResponse.json({ ...testConfig, region: 'x', apiUrl: 'http://example.com' }));
    expect(await loadConfig()).toMatchObject({ ok: false });
  });

  it.each([
    ['a 404', () => new HttpResponse(null, { status: 404 }), /HTTP 404/],
    ['a network error', () => HttpResponse.error(), /could not be fetched/],
    ['broken JSON', () => HttpResponse.text('{"region":'), /^is not valid JSON$/],
    ['an HTML fallback page', () => HttpResponse.html('<!doctype html><html></html>'), /got HTML/],
  ])('reports %s as a config.json problem', async (_case, resolver, message) => {
    expectConsoleError(/check: config\.json$/);
    serve(resolver);
    const result = await loadConfig();
    expect(result).toMatchObject({
      ok: false,
      problems: [{ key: 'config.json' }],
    });
    // The error page's wording, from the catalog, says the same.
    const [problem] = result.ok ? [] : result.problems;
    if (!problem) throw new Error('no problem reported');
    expect(problemInEnglish(problem).replace(/^config\.json /, '')).toMatch(message);
    expect(describeProblem(problem).replace(/<\/?0>/g, '')).toBe(problemInEnglish(problem));
  });
});
