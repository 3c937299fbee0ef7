import { createHash } from 'node:crypto';
import { presignUrl, signRequest } from '@aws-amplify/core/internals/aws-client-utils';
import { GetObjectCommand, PutObjectCommand } from '@aws-sdk/client-s3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  APP_ORIGIN,
  errorCode,
  type LocalS3,
  send,
  startLocalS3,
  type TestIdentity,
} from './support/local-s3.ts';

let s3: LocalS3;
let alice: TestIdentity;
let Bucket: string;
let Key: string;
const Body = Buffer.from('the private bytes \u00e9\u0000\u00ff');

beforeAll(async () => {
  s3 = await startLocalS3();
  Bucket = s3.server.bucket;
  alice = s3.issue();
  Key = `private/${alice.identityId}/photo 1.jpg`;
  await s3.client(alice).send(new PutObjectCommand({ Bucket, Key, Body }));
});
afterAll(() => s3.close());

const objectUrl = (key = Key) =>
  new URL(`${s3.server.url}/${Bucket}/${key.split('/').map(encodeURIComponent).join('/')}`);

/** A request signed as Amplify Storage signs one in the browser. */
function signed(
  who: { accessKeyId: string; secretAccessKey: string; sessionToken?: string },
  init: { method?: string; url?: URL; body?: Buffer; signingDate?: Date; region?: string } = {},
) {
  const body = init.body ?? Buffer.alloc(0);
  const request = signRequest(
    {
      method: init.method ?? 'GET',
      url: init.url ?? objectUrl(),
      headers: { 'x-amz-content-sha256': createHash('sha256').update(body).digest('hex') },
      body: new Uint8Array(body),
    },
    {
      credentials: who,
      signingRegion: init.region ?? s3.server.region,
      signingService: 's3',
      uriEscapePath: false,
      signingDate: init.signingDate,
    },
  );
  return { url: request.url, init: { method: request.method, headers: request.headers, body } };
}

const presigned = (
  who: { accessKeyId: string; secretAccessKey: string; sessionToken?: string },
  options: { key?: string; expiration?: number; signingDate?: Date } = {},
) =>
  presignUrl(
    { method: 'GET', url: objectUrl(options.key), body: 'UNSIGNED-PAYLOAD' },
    {
      credentials: who,
      signingRegion: s3.server.region,
      signingService: 's3',
      uriEscapePath: false,
      expiration: options.expiration ?? 900,
      signingDate: options.signingDate,
    },
  );

async function refusedWith(
  request: Promise<{ status: number; body: Buffer }>,
): Promise<[number, string | undefined]> {
  const { status, body } = await request;
  return [status, errorCode(body)];
}

describe('requests the local S3 refuses', () => {
  it('unsigned requests, whatever they ask for', async () => {
    expect(await refusedWith(send(s3, objectUrl()))).toEqual([403, 'AccessDenied']);
    expect(
      await refusedWith(send(s3, objectUrl(), { method: 'PUT', body: 'overwritten' })),
    ).toEqual([403, 'AccessDenied']);
    expect(
      await refusedWith(
        send(s3, `${s3.server.url}/${Bucket}?list-type=2&prefix=private%2F${alice.identityId}%2F`),
      ),
    ).toEqual([403, 'AccessDenied']);
    const { body, headers } = await send(s3, objectUrl());
    expect(headers['content-type']).toBe('application/xml');
    expect(body.toString()).toMatch(/^<\?xml version="1.0" encoding="UTF-8"\?>\n<Error><Code>/);
  });

  it('forged signatures: a wrong secret, or a request changed after signing', async () => {
    const forger = { ...alice, secretAccessKey: 'not-the-secret' };
    const forged = signed(forger);
    expect(await refusedWith(send(s3, forged.url, forged.init))).toEqual([
      403,
      'SignatureDoesNotMatch',
    ]);

    const good = signed(alice);
    const otherKey = objectUrl(`private/${alice.identityId}/other.jpg`);
    expect(await refusedWith(send(s3, otherKey, good.init))).toEqual([
      403,
      'SignatureDoesNotMatch',
    ]);

    const put = signed(alice, { method: 'PUT', body: Buffer.from('what was signed') });
    expect(
      await refusedWith(send(s3, put.url, { ...put.init, body: Buffer.from('something else!') })),
    ).toEqual([400, 'XAmzContentSHA256Mismatch']);

    const sdk = s3.client(forger);
    await expect(sdk.send(new GetObjectCommand({ Bucket, Key }))).rejects.toMatchObject({
      name: 'SignatureDoesNotMatch',
      $metadata: { httpStatusCode: 403 },
    });
  });

  it('expired credentials, and keys the emulator never issued', async () => {
    const expired = s3.issue(Date.now() - 1000);
    await expect(
      s3.client(expired).send(new GetObjectCommand({ Bucket, Key })),
    ).rejects.toMatchObject({ name: 'ExpiredToken', $metadata: { httpStatusCode: 400 } });
    const stranger = { ...alice, accessKeyId: 'ASIANEVERISSUED0000' };
    await expect(
      s3.client(stranger).send(new GetObjectCommand({ Bucket, Key })),
    ).rejects.toMatchObject({ name: 'InvalidAccessKeyId', $metadata: { httpStatusCode: 403 } });
  });

  it('a missing or mismatched session token', async () => {
    const { sessionToken: _dropped, ...withoutToken } = alice;
    await expect(
      s3.client(withoutToken).send(new GetObjectCommand({ Bucket, Key })),
    ).rejects.toMatchObject({ name: 'InvalidAccessKeyId', $metadata: { httpStatusCode: 403 } });
    const someoneElse = s3.issue();
    await expect(
      s3
        .client({ ...alice, sessionToken: someoneElse.sessionToken })
        .send(new GetObjectCommand({ Bucket, Key })),
    ).rejects.toMatchObject({ name: 'InvalidToken', $metadata: { httpStatusCode: 400 } });
  });

  it('stale or mis-scoped signatures', async () => {
    const stale = signed(alice, { signingDate: new Date(Date.now() - 20 * 60_000) });
    expect(await refusedWith(send(s3, stale.url, stale.init))).toEqual([
      403,
      'RequestTimeTooSkewed',
    ]);
    const elsewhere = signed(alice, { region: 'eu-west-1' });
    expect(await refusedWith(send(s3, elsewhere.url, elsewhere.init))).toEqual([
      400,
      'AuthorizationHeaderMalformed',
    ]);
  });
});

describe('presigned URLs (what Amplify getUrl hands out)', () => {
  it('download the object byte-identical', async () => {
    const { status, body } = await send(s3, presigned(alice));
    expect(status).toBe(200);
    expect(body.equals(Body)).toBe(true);
  });

  it("are refused once expired, when tampered with, or for another user's file", async () => {
    const old = presigned(alice, { expiration: 60, signingDate: new Date(Date.now() - 120_000) });
    expect(await refusedWith(send(s3, old))).toEqual([403, 'AccessDenied']);

    const tampered = presigned(alice);
    tampered.pathname = tampered.pathname.replace('photo%201.jpg', 'photo%202.jpg');
    expect(await refusedWith(send(s3, tampered))).toEqual([403, 'SignatureDoesNotMatch']);

    const bob = s3.issue();
    expect(await refusedWith(send(s3, presigned(bob)))).toEqual([403, 'AccessDenied']);

    const lapsed = s3.issue(Date.now() - 1);
    expect(await refusedWith(send(s3, presigned(lapsed)))).toEqual([400, 'ExpiredToken']);
  });
});

describe('CORS for the app', () => {
  it('answers preflights without credentials for the app origin only', async () => {
    const preflight = (origin: string) =>
      send(s3, objectUrl(), {
        method: 'OPTIONS',
        headers: {
          origin,
          'access-control-request-method': 'PUT',
          'access-control-request-headers': 'authorization,x-amz-date,x-amz-content-sha256',
        },
      });
    const allowed = await preflight(APP_ORIGIN);
    expect(allowed.status).toBe(200);
    expect(allowed.headers['access-control-allow-origin']).toBeDefined();
    expect(allowed.headers['access-control-allow-methods']).toContain('PUT');
    expect(allowed.headers['access-control-allow-headers']).toContain('authorization');
    expect((await preflight('https://evil.example')).status).toBe(403);
  });

  it('exposes ETag to the app, and lets it read refusals', async () => {
    const ok = signed(alice);
    const read = await send(s3, ok.url, {
      ...ok.init,
      headers: { ...ok.init.headers, origin: APP_ORIGIN },
    });
    expect(read.status).toBe(200);
    expect(read.headers['access-control-allow-origin']).toBe(APP_ORIGIN);
    expect(String(read.headers['access-control-expose-headers'])).toContain('ETag');

    const refused = await send(s3, objectUrl(), { headers: { origin: APP_ORIGIN } });
    expect(refused.status).toBe(403);
    expect(refused.headers['access-control-allow-origin']).toBe(APP_ORIGIN);
  });
});
