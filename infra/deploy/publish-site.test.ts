import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { IMMUTABLE, REVALIDATE } from '../lib/cache-control.ts';
import { STACK_OUTPUTS } from '../lib/stack-outputs.ts';
import { publishSite, type Sender } from './publish-site.ts';
import { readStackOutputs } from './read-stack-outputs.ts';
import { uploadPlan } from './upload-plan.ts';

const CONFIG = {
  region: 'eu-west-1',
  userPoolId: 'eu-west-1_Abc123',
  userPoolClientId: '1example23456789',
  apiUrl: 'https://api.example.com',
  tokenStorage: 'local',
};

// What the pre-renderer gives for this config: a hashed stylesheet, and pages.
const PRERENDERED = [
  { key: 'assets/prerendered-e5.css', body: '[data-ssr-style]{}' },
  { key: '_pages/sign-in.html', body: '<!doctype html><title>Sign in</title>' },
];

let dist: string;

beforeAll(() => {
  dist = mkdtempSync(join(tmpdir(), 'deploy-dist-'));
  mkdirSync(join(dist, 'assets'));
  mkdirSync(join(dist, '.vite'));
  writeFileSync(join(dist, 'index.html'), '<!doctype html>');
  writeFileSync(join(dist, 'favicon.svg'), '<svg/>');
  writeFileSync(join(dist, 'config.json'), '{"from":"public/"}');
  writeFileSync(join(dist, '.vite', 'manifest.json'), '{}');
  for (const name of ['index-a1.js', 'app-b2.js', 'app-c3.css', 'sign-in-d4.js']) {
    writeFileSync(join(dist, 'assets', name), name);
  }
});

afterAll(() => rmSync(dist, { recursive: true, force: true }));

/** Records every command the deploy sends, in order; answers like an empty or given bucket. */
function recorder(existing: string[] = []) {
  const calls: { name: string; input: Record<string, unknown> }[] = [];
  const client = (answer: (name: string) => unknown): Sender => ({
    send: async (command) => {
      const { input } = command as { input: Record<string, unknown> };
      const name = command.constructor.name;
      calls.push({ name, input });
      return answer(name);
    },
  });
  const s3 = client((name) =>
    name === 'ListObjectsV2Command' ? { Contents: existing.map((Key) => ({ Key })) } : {},
  );
  const cloudFront = client(() => ({ Invalidation: { Id: 'I123' } }));
  return { calls, s3, cloudFront };
}

const publish = (r: ReturnType<typeof recorder>) =>
  publishSite({
    s3: r.s3,
    cloudFront: r.cloudFront,
    bucket: 'site-bucket',
    distributionId: 'E123',
    distDir: dist,
    config: CONFIG,
    prerendered: PRERENDERED,
  });

describe('the deploy', () => {
  it('plans hashed chunks first, then other files, then the pages and config.json', () => {
    const phases = uploadPlan(dist, CONFIG, PRERENDERED).map((phase) => phase.map((u) => u.key));
    expect(phases).toEqual([
      [
        'assets/app-b2.js',
        'assets/app-c3.css',
        'assets/index-a1.js',
        'assets/sign-in-d4.js',
        'assets/prerendered-e5.css',
      ],
      ['favicon.svg'],
      ['index.html', '_pages/sign-in.html', 'config.json'],
    ]);
  });

  it('uploads the pre-rendered pages as HTML, revalidated, with the bodies given', async () => {
    const r = recorder();
    await publish(r);
    const puts = r.calls.filter((c) => c.name === 'PutObjectCommand').map((c) => c.input);
    const byKey = Object.fromEntries(puts.map((p) => [p.Key, p]));
    expect(byKey['_pages/sign-in.html']).toMatchObject({
      Body: '<!doctype html><title>Sign in</title>',
      CacheControl: REVALIDATE,
      ContentType: 'text/html; charset=utf-8',
    });
    expect(byKey['assets/prerendered-e5.css']).toMatchObject({
      CacheControl: IMMUTABLE,
      ContentType: 'text/css; charset=utf-8',
    });
  });

  it('uploads chunks immutable and the rest no-cache, with exact content types', async () => {
    const r = recorder();
    await publish(r);
    const puts = r.calls.filter((c) => c.name === 'PutObjectCommand').map((c) => c.input);
    const byKey = Object.fromEntries(puts.map((p) => [p.Key, p]));
    expect(byKey['assets/app-b2.js']).toMatchObject({
      Bucket: 'site-bucket',
      CacheControl: IMMUTABLE,
      ContentType: 'text/javascript; charset=utf-8',
    });
    expect(byKey['assets/app-c3.css']?.ContentType).toBe('text/css; charset=utf-8');
    expect(byKey['index.html']).toMatchObject({
      CacheControl: REVALIDATE,
      ContentType: 'text/html; charset=utf-8',
    });
    expect(byKey['favicon.svg']).toMatchObject({ CacheControl: REVALIDATE });
    expect(byKey['config.json']).toMatchObject({
      CacheControl: REVALIDATE,
      ContentType: 'application/json; charset=utf-8',
    });
    // The stack's config, not the copy a build took from public/; no Vite manifest.
    expect(JSON.parse(String(byKey['config.json']?.Body))).toEqual(CONFIG);
    expect(Object.keys(byKey)).not.toContain('.vite/manifest.json');
  });

  it('puts every chunk before index.html and config.json, and index.html before invalidating', async () => {
    const r = recorder();
    await publish(r);
    const order = r.calls.map((c) => String(c.input.Key ?? c.name));
    const last = (key: string) => order.lastIndexOf(key);
    const firstEntry = Math.min(
      order.indexOf('index.html'),
      order.indexOf('_pages/sign-in.html'),
      order.indexOf('config.json'),
    );
    for (const chunk of order.filter((key) => key.startsWith('assets/'))) {
      expect(last(chunk)).toBeLessThan(firstEntry);
    }
    expect(order.indexOf('favicon.svg')).toBeLessThan(firstEntry);
    expect(order.at(-1)).toBe('CreateInvalidationCommand');
  });

  it('invalidates only the HTML and /config.json and never deletes old chunks', async () => {
    const r = recorder();
    const result = await publish(r);
    const invalidations = r.calls.filter((c) => c.name === 'CreateInvalidationCommand');
    expect(invalidations).toHaveLength(1);
    expect(invalidations[0]?.input).toMatchObject({
      DistributionId: 'E123',
      InvalidationBatch: {
        Paths: { Quantity: 3, Items: ['/index.html', '/_pages/*', '/config.json'] },
      },
    });
    expect(r.calls.some((c) => /Delete/.test(c.name))).toBe(false);
    expect(result.invalidationId).toBe('I123');
  });

  it('skips chunks the bucket already has: a hashed name never changes its content', async () => {
    const r = recorder(['assets/app-b2.js', 'assets/old-zz.js']);
    const result = await publish(r);
    expect(result.skipped).toEqual(['assets/app-b2.js']);
    expect(result.uploaded).not.toContain('assets/app-b2.js');
    expect(result.uploaded).toContain('index.html');
  });

  it('refuses a dist/ without index.html', () => {
    const empty = mkdtempSync(join(tmpdir(), 'deploy-empty-'));
    try {
      expect(() => uploadPlan(empty, CONFIG)).toThrow(/index\.html not found/);
    } finally {
      rmSync(empty, { recursive: true, force: true });
    }
  });
});

describe("the stack's outputs", () => {
  const outputs = (values: Record<string, unknown>) => ({ CognitoSpa: values });
  const good = {
    [STACK_OUTPUTS.siteUrl]: 'https://d111.cloudfront.net',
    [STACK_OUTPUTS.bucketName]: 'site-bucket',
    [STACK_OUTPUTS.distributionId]: 'E123',
    [STACK_OUTPUTS.appConfig]: JSON.stringify(CONFIG),
  };

  it('give the bucket, distribution, site URL and a config.json the app accepts', () => {
    const target = readStackOutputs(outputs(good), 'CognitoSpa');
    expect(target).toMatchObject({
      siteUrl: 'https://d111.cloudfront.net',
      bucket: 'site-bucket',
      distributionId: 'E123',
      config: { userPoolId: 'eu-west-1_Abc123', signInFlow: 'srp' },
    });
  });

  it('list every problem at once', () => {
    const bad = {
      ...good,
      [STACK_OUTPUTS.bucketName]: '',
      [STACK_OUTPUTS.appConfig]: '{"region":1}',
    };
    expect(() => readStackOutputs(outputs(bad), 'CognitoSpa')).toThrow(
      /output BucketName is missing[\s\S]*AppConfig region[\s\S]*AppConfig userPoolId/,
    );
    expect(() => readStackOutputs(outputs(good), 'Other')).toThrow(/no stack named Other/);
    expect(() =>
      readStackOutputs(outputs({ ...good, [STACK_OUTPUTS.appConfig]: '{' }), 'CognitoSpa'),
    ).toThrow(/AppConfig is not JSON/);
  });
});
