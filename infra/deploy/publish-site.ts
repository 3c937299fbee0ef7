import { readFileSync } from 'node:fs';
import { CreateInvalidationCommand } from '@aws-sdk/client-cloudfront';
import { ListObjectsV2Command, PutObjectCommand } from '@aws-sdk/client-s3';
import type { PrerenderedObject } from '../lib/prerender-site.ts';
import { INVALIDATION_PATHS, type Upload, uploadPlan } from './upload-plan.ts';

/** The one method of each AWS SDK client the deploy uses, so tests can record the calls. */
export interface Sender {
  send(command: object): Promise<unknown>;
}

export interface PublishOptions {
  readonly s3: Sender;
  readonly cloudFront: Sender;
  readonly bucket: string;
  readonly distributionId: string;
  readonly distDir: string;
  readonly config: object;
  /** The pages pre-rendered with `config` (infra/lib/prerender-site.ts). */
  readonly prerendered?: readonly PrerenderedObject[];
  readonly log?: (line: string) => void;
  /** Uploads in flight at once within a phase. */
  readonly concurrency?: number;
}

export interface PublishResult {
  readonly uploaded: string[];
  readonly skipped: string[];
  readonly invalidationId?: string;
}

/** Keys already in the bucket under `assets/`: a hashed name never changes its content. */
async function existingAssets(s3: Sender, bucket: string): Promise<Set<string>> {
  const keys = new Set<string>();
  let token: string | undefined;
  do {
    const page = (await s3.send(
      new ListObjectsV2Command({ Bucket: bucket, Prefix: 'assets/', ContinuationToken: token }),
    )) as { Contents?: { Key?: string }[]; NextContinuationToken?: string };
    for (const object of page.Contents ?? []) if (object.Key) keys.add(object.Key);
    token = page.NextContinuationToken;
  } while (token);
  return keys;
}

async function inBatches<T>(items: T[], size: number, run: (item: T) => Promise<void>) {
  for (let i = 0; i < items.length; i += size) {
    await Promise.all(items.slice(i, i + size).map(run));
  }
}

/**
 * Uploads a build phase by phase (upload-plan.ts says why in that order), never deletes
 * anything, then invalidates only the HTML and config.json: hashed chunks are new names.
 */
export async function publishSite(options: PublishOptions): Promise<PublishResult> {
  const log = options.log ?? (() => undefined);
  const plan = uploadPlan(options.distDir, options.config, options.prerendered);
  const present = await existingAssets(options.s3, options.bucket);
  const uploaded: string[] = [];
  const skipped: string[] = [];
  const put = async (upload: Upload) => {
    if (present.has(upload.key)) {
      skipped.push(upload.key);
      return;
    }
    const body = 'file' in upload.source ? readFileSync(upload.source.file) : upload.source.body;
    await options.s3.send(
      new PutObjectCommand({
        Bucket: options.bucket,
        Key: upload.key,
        Body: body,
        CacheControl: upload.cacheControl,
        ContentType: upload.contentType,
      }),
    );
    uploaded.push(upload.key);
  };
  for (const phase of plan) {
    const before = uploaded.length;
    await inBatches(phase, options.concurrency ?? 8, put);
    const keys = phase.map((u) => u.key);
    const names = keys.length > 3 ? `${keys[0]} … ${keys.at(-1)}` : keys.join(', ');
    log(`  ${uploaded.length - before} of ${keys.length} uploaded (${names})`);
  }
  const invalidation = (await options.cloudFront.send(
    new CreateInvalidationCommand({
      DistributionId: options.distributionId,
      InvalidationBatch: {
        CallerReference: `deploy-${Date.now()}`,
        Paths: { Quantity: INVALIDATION_PATHS.length, Items: [...INVALIDATION_PATHS] },
      },
    }),
  )) as { Invalidation?: { Id?: string } };
  log(`  invalidated ${INVALIDATION_PATHS.join(' ')}`);
  return { uploaded, skipped, invalidationId: invalidation.Invalidation?.Id };
}
