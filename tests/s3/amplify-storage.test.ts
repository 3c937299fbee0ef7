import { randomBytes } from 'node:crypto';
import { Amplify } from 'aws-amplify';
import { getUrl, list, remove, uploadData } from 'aws-amplify/storage';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { type LocalS3, send, startLocalS3, type TestIdentity } from './support/local-s3.ts';

let s3: LocalS3;
let alice: TestIdentity;
const requested: string[] = [];

/**
 * Amplify's Node transfer handler calls `fetch`, which cannot be told to trust the local
 * certificate; this one sends the same request through an agent that does.
 */
async function fetchTrustingLocalCertificate(url: URL | string, init: RequestInit = {}) {
  requested.push(`${init.method ?? 'GET'} ${String(url)}`);
  const body =
    init.body === undefined || init.body === null
      ? undefined
      : Buffer.from(await new Response(init.body).arrayBuffer());
  const headers = Object.fromEntries(new Headers(init.headers));
  const res = await send(s3, url, { method: init.method, headers, body });
  const out = new Headers();
  for (const [name, value] of Object.entries(res.headers)) {
    if (value !== undefined) out.set(name, Array.isArray(value) ? value.join(', ') : value);
  }
  const empty = res.status === 204 || res.status === 304 || init.method === 'HEAD';
  return new Response(empty ? null : new Uint8Array(res.body), {
    status: res.status,
    headers: out,
  });
}

/** The part of the browser's FileReader that Amplify's multipart checksums use. */
class BlobReader {
  result: ArrayBuffer | null = null;
  error: unknown = null;
  onload: (() => void) | null = null;
  onerror: (() => void) | null = null;
  onabort: (() => void) | null = null;
  readAsArrayBuffer(blob: Blob) {
    blob.arrayBuffer().then(
      (buffer) => {
        this.result = buffer;
        this.onload?.();
      },
      (error: unknown) => {
        this.error = error;
        this.onerror?.();
      },
    );
  }
}

// Amplify Storage takes the endpoint per call (the "advanced" option `@aws-amplify/storage/internals`
// types as `customEndpoint`); its public types leave it out, the run-time reads it all the same.
const endpoint = () => ({ customEndpoint: s3.server.endpoint }) as unknown as Record<string, never>;

beforeAll(async () => {
  s3 = await startLocalS3();
  alice = s3.issue();
  vi.stubGlobal('fetch', fetchTrustingLocalCertificate);
  vi.stubGlobal('FileReader', BlobReader);
  Amplify.configure(
    { Storage: { S3: { bucket: s3.server.bucket, region: s3.server.region } } },
    {
      Auth: {
        tokenProvider: { getTokens: async () => null },
        credentialsProvider: {
          getCredentialsAndIdentityId: async () => ({
            credentials: {
              accessKeyId: alice.accessKeyId,
              secretAccessKey: alice.secretAccessKey,
              sessionToken: alice.sessionToken,
              expiration: new Date(alice.expiresAt),
            },
            identityId: alice.identityId,
          }),
          clearCredentialsAndIdentityId: () => undefined,
        },
      },
    },
  );
});
afterAll(async () => {
  vi.unstubAllGlobals();
  Amplify.configure({});
  await s3.close();
});

describe('Amplify Storage against the local S3', () => {
  it('uploads (in parts too), lists, downloads through getUrl and removes, path-style', async () => {
    const folder = ({ identityId }: { identityId?: string }) => `private/${identityId}/`;
    const small = randomBytes(2048);
    const large = randomBytes(6 * 1024 * 1024);
    await uploadData({
      path: ({ identityId }) => `${folder({ identityId })}small file.txt`,
      // A browser File is a Blob: Amplify signs it as UNSIGNED-PAYLOAD.
      data: new Blob([small]),
      options: endpoint(),
    }).result;
    await uploadData({
      path: ({ identityId }) => `${folder({ identityId })}large.bin`,
      data: new Blob([large]),
      options: endpoint(),
    }).result;

    const { items } = await list({ path: folder, options: endpoint() });
    expect(items.map((item) => [item.path, item.size]).sort()).toEqual([
      [`private/${alice.identityId}/large.bin`, large.length],
      [`private/${alice.identityId}/small file.txt`, small.length],
    ]);

    const { url } = await getUrl({
      path: `private/${alice.identityId}/large.bin`,
      options: { ...endpoint(), validateObjectExistence: true },
    });
    const download = await send(s3, url);
    expect(download.status).toBe(200);
    expect(download.body.equals(large)).toBe(true);
    const named = await getUrl({
      path: `private/${alice.identityId}/small file.txt`,
      options: { ...endpoint(), contentDisposition: 'attachment; filename="small file.txt"' },
    });
    const saved = await send(s3, named.url);
    expect(saved.headers['content-disposition']).toBe('attachment; filename="small file.txt"');
    expect(saved.body.equals(small)).toBe(true);

    for (const item of items) await remove({ path: item.path, options: endpoint() });
    expect((await list({ path: folder, options: endpoint() })).items).toEqual([]);

    // A dotted bucket name makes Amplify address it by path on the custom endpoint.
    const pathStyle = `${s3.server.url}/${s3.server.bucket}`;
    for (const line of requested) {
      const url = line.split(' ')[1] ?? '';
      expect(url.startsWith(`${pathStyle}/`) || url.startsWith(`${pathStyle}?`), url).toBe(true);
    }
    expect(requested.some((line) => line.includes('uploads'))).toBe(true);
  });

  it("gets AccessDenied outside the user's folder", async () => {
    await expect(
      uploadData({ path: 'private/someone-else/x.txt', data: 'x', options: endpoint() }).result,
    ).rejects.toMatchObject({ name: 'AccessDenied' });
    await expect(list({ path: 'private/', options: endpoint() })).rejects.toMatchObject({
      name: 'AccessDenied',
    });
  });
});
