import { randomBytes } from 'node:crypto';
import {
  AbortMultipartUploadCommand,
  CompleteMultipartUploadCommand,
  CopyObjectCommand,
  CreateMultipartUploadCommand,
  DeleteObjectCommand,
  DeleteObjectsCommand,
  GetObjectCommand,
  HeadObjectCommand,
  ListBucketsCommand,
  ListObjectsCommand,
  ListObjectsV2Command,
  ListPartsCommand,
  PutObjectCommand,
  PutObjectTaggingCommand,
  type S3Client,
  UploadPartCommand,
} from '@aws-sdk/client-s3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type LocalS3, startLocalS3, type TestIdentity } from './support/local-s3.ts';

let s3: LocalS3;
let alice: TestIdentity;
let bob: TestIdentity;
let asAlice: S3Client;
let asBob: S3Client;
let Bucket: string;

beforeAll(async () => {
  s3 = await startLocalS3();
  Bucket = s3.server.bucket;
  alice = s3.issue();
  bob = s3.issue();
  asAlice = s3.client(alice);
  asBob = s3.client(bob);
});
afterAll(() => s3.close());

/** A GetObject body, read whole. */
const bytes = async (out: { Body?: { transformToByteArray(): Promise<Uint8Array> } }) =>
  Buffer.from((await out.Body?.transformToByteArray()) ?? []);

const own = (who: TestIdentity, name: string) => `private/${who.identityId}/${name}`;

/** The S3 error code and HTTP status a refused call failed with. */
async function refusal(call: Promise<unknown>): Promise<{ code: string; status?: number }> {
  const error = (await call.then(
    () => undefined,
    (e: unknown) => e,
  )) as { name: string; $metadata?: { httpStatusCode?: number } } | undefined;
  if (!error) throw new Error('expected the call to be refused');
  return { code: error.name, status: error.$metadata?.httpStatusCode };
}

describe('a user in their own private folder', () => {
  it('uploads, lists, downloads byte-identical, and deletes', async () => {
    const Key = own(alice, 'notes/report 1 (final) ü+.bin');
    const Body = randomBytes(70_000);
    await asAlice.send(new PutObjectCommand({ Bucket, Key, Body, ContentType: 'application/pdf' }));

    const listed = await asAlice.send(
      new ListObjectsV2Command({ Bucket, Prefix: `private/${alice.identityId}/` }),
    );
    expect(listed.Contents?.map((o) => [o.Key, o.Size])).toEqual([[Key, Body.length]]);

    const head = await asAlice.send(new HeadObjectCommand({ Bucket, Key }));
    expect(head.ContentLength).toBe(Body.length);
    const got = await asAlice.send(new GetObjectCommand({ Bucket, Key }));
    expect(got.ContentType).toBe('application/pdf');
    expect((await bytes(got)).equals(Body)).toBe(true);

    await asAlice.send(new DeleteObjectCommand({ Bucket, Key }));
    expect(await refusal(asAlice.send(new GetObjectCommand({ Bucket, Key })))).toEqual({
      code: 'NoSuchKey',
      status: 404,
    });
    const after = await asAlice.send(
      new ListObjectsV2Command({ Bucket, Prefix: `private/${alice.identityId}/` }),
    );
    expect(after.KeyCount).toBe(0);
  });

  it('uploads in parts and can abort an upload', async () => {
    const Key = own(alice, 'big.bin');
    const first = randomBytes(5 * 1024 * 1024);
    const last = randomBytes(1234);
    const { UploadId } = await asAlice.send(new CreateMultipartUploadCommand({ Bucket, Key }));
    const parts = [];
    for (const [i, Body] of [first, last].entries()) {
      const { ETag } = await asAlice.send(
        new UploadPartCommand({ Bucket, Key, UploadId, PartNumber: i + 1, Body }),
      );
      parts.push({ ETag, PartNumber: i + 1 });
    }
    // What Amplify asks when it resumes an interrupted upload.
    const listed = await asAlice.send(new ListPartsCommand({ Bucket, Key, UploadId }));
    expect(listed.Parts?.map((p) => [p.PartNumber, p.ETag, p.Size])).toEqual(
      parts.map((p, i) => [p.PartNumber, p.ETag, [first, last][i]?.length]),
    );
    await asAlice.send(
      new CompleteMultipartUploadCommand({
        Bucket,
        Key,
        UploadId,
        MultipartUpload: { Parts: parts },
      }),
    );
    const got = await asAlice.send(new GetObjectCommand({ Bucket, Key }));
    expect((await bytes(got)).equals(Buffer.concat([first, last]))).toBe(true);

    const aborted = await asAlice.send(
      new CreateMultipartUploadCommand({ Bucket, Key: own(alice, 'cancelled.bin') }),
    );
    await asAlice.send(
      new AbortMultipartUploadCommand({
        Bucket,
        Key: own(alice, 'cancelled.bin'),
        UploadId: aborted.UploadId,
      }),
    );
    expect(
      await refusal(
        asAlice.send(
          new UploadPartCommand({
            Bucket,
            Key: own(alice, 'cancelled.bin'),
            UploadId: aborted.UploadId,
            PartNumber: 1,
            Body: last,
          }),
        ),
      ),
    ).toEqual({ code: 'NoSuchUpload', status: 404 });
    await asAlice.send(new DeleteObjectCommand({ Bucket, Key }));
  });
});

describe("another user's credentials", () => {
  const Body = Buffer.from('alice only');
  let Key: string;
  beforeAll(async () => {
    Key = own(alice, 'secret.txt');
    await asAlice.send(new PutObjectCommand({ Bucket, Key, Body }));
  });

  it("get 403 on the first user's files, whatever the operation", async () => {
    const denied = { code: 'AccessDenied', status: 403 };
    expect(await refusal(asBob.send(new GetObjectCommand({ Bucket, Key })))).toEqual(denied);
    expect(await refusal(asBob.send(new HeadObjectCommand({ Bucket, Key })))).toMatchObject({
      status: 403,
    });
    expect(await refusal(asBob.send(new PutObjectCommand({ Bucket, Key, Body: 'x' })))).toEqual(
      denied,
    );
    expect(await refusal(asBob.send(new DeleteObjectCommand({ Bucket, Key })))).toEqual(denied);
    expect(await refusal(asBob.send(new CreateMultipartUploadCommand({ Bucket, Key })))).toEqual(
      denied,
    );
    // Nothing changed: the file is still Alice's and intact.
    const got = await asAlice.send(new GetObjectCommand({ Bucket, Key }));
    expect((await bytes(got)).toString()).toBe('alice only');
  });

  it("cannot list the first user's folder, the bucket, or all buckets", async () => {
    const denied = { code: 'AccessDenied', status: 403 };
    expect(
      await refusal(
        asBob.send(new ListObjectsV2Command({ Bucket, Prefix: `private/${alice.identityId}/` })),
      ),
    ).toEqual(denied);
    expect(await refusal(asBob.send(new ListObjectsV2Command({ Bucket })))).toEqual(denied);
    expect(
      await refusal(asBob.send(new ListObjectsV2Command({ Bucket, Prefix: 'private/' }))),
    ).toEqual(denied);
    // A prefix one character short of Bob's folder would reach into its neighbours.
    expect(
      await refusal(
        asBob.send(new ListObjectsV2Command({ Bucket, Prefix: `private/${bob.identityId}` })),
      ),
    ).toEqual(denied);
    expect(await refusal(asBob.send(new ListBucketsCommand({})))).toEqual(denied);
    const ownList = await asBob.send(
      new ListObjectsCommand({ Bucket, Prefix: `private/${bob.identityId}/` }),
    );
    expect(ownList.Contents ?? []).toEqual([]);
  });

  it('cannot copy the file into their own folder, nor reach it through path tricks', async () => {
    expect(
      await refusal(
        asBob.send(
          new CopyObjectCommand({
            Bucket,
            Key: own(bob, 'stolen.txt'),
            CopySource: `${Bucket}/${Key}`,
          }),
        ),
      ),
    ).toEqual({ code: 'AccessDenied', status: 403 });
    // S3 would keep such a key as it is; the file store behind would resolve it to Alice's file.
    const dotted = { code: 'InvalidArgument', status: 400 };
    expect(
      await refusal(
        asBob.send(new GetObjectCommand({ Bucket, Key: `private/${bob.identityId}/../../${Key}` })),
      ),
    ).toEqual(dotted);
    expect(
      await refusal(
        asBob.send(
          new ListObjectsV2Command({
            Bucket,
            Prefix: `private/${bob.identityId}/../${alice.identityId}/`,
          }),
        ),
      ),
    ).toEqual(dotted);
    expect(
      await refusal(
        asBob.send(new DeleteObjectsCommand({ Bucket, Delete: { Objects: [{ Key }] } })),
      ),
    ).toEqual({ code: 'AccessDenied', status: 403 });
    const got = await asAlice.send(new GetObjectCommand({ Bucket, Key }));
    expect((await bytes(got)).toString()).toBe('alice only');
  });

  it("cannot add parts to the first user's multipart upload", async () => {
    const { UploadId } = await asAlice.send(
      new CreateMultipartUploadCommand({ Bucket, Key: own(alice, 'upload.bin') }),
    );
    expect(
      await refusal(
        asBob.send(
          new UploadPartCommand({
            Bucket,
            Key: own(bob, 'upload.bin'),
            UploadId,
            PartNumber: 1,
            Body: 'x',
          }),
        ),
      ),
    ).toEqual({ code: 'NoSuchUpload', status: 404 });
    await asAlice.send(
      new AbortMultipartUploadCommand({ Bucket, Key: own(alice, 'upload.bin'), UploadId }),
    );
  });

  it('are refused other actions even in their own folder', async () => {
    await asBob.send(new PutObjectCommand({ Bucket, Key: own(bob, 'a.txt'), Body: 'b' }));
    expect(
      await refusal(
        asBob.send(
          new PutObjectTaggingCommand({
            Bucket,
            Key: own(bob, 'a.txt'),
            Tagging: { TagSet: [{ Key: 'k', Value: 'v' }] },
          }),
        ),
      ),
    ).toEqual({ code: 'AccessDenied', status: 403 });
    await asBob.send(new DeleteObjectCommand({ Bucket, Key: own(bob, 'a.txt') }));
  });
});
