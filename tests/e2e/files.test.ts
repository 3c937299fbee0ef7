import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import {
  DeleteObjectCommand,
  GetObjectCommand,
  ListObjectsV2Command,
  PutObjectCommand,
} from '@aws-sdk/client-s3';
import type { Route } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { DEMO_PASSWORD } from '../../local/stack/demo-users.ts';
import { expectAccessible } from './support/accessibility.ts';
import { finish, signInTo, waitForHeading } from './support/app-actions.ts';
import { collectPageErrors } from './support/browser.ts';
import { setUpBrowserAndStack } from './support/harness.ts';
import { localS3Client, userCredentials } from './support/identity-credentials.ts';

const e2e = setUpBrowserAndStack();

/** The local S3 shares the hosted domain's self-signed certificate, as `npm start` serves it. */
async function openFilesPage(email: string) {
  const context = await e2e.newContext({ ignoreHTTPSErrors: true });
  const page = await context.newPage();
  const errors = await collectPageErrors(page);
  await signInTo(e2e.stack, page, '/files', email);
  await waitForHeading(page, 'Files');
  return { context, page, errors };
}

const delay = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('Files in Chromium against the local stack (identity pool + local S3)', () => {
  it('uploads with a progress bar, lists, downloads byte for byte and deletes a file', async () => {
    const { context, page, errors } = await openFilesPage('demo@example.com');
    const files = page.getByRole('region', { name: 'Your files' });
    await files.getByText('No files yet. Upload your first one above.').waitFor();
    await expectAccessible(page);

    // Big enough for a multipart upload (two parts); the second part is held back a moment so
    // the bar is seen part-way, as on a slow connection.
    const content = randomBytes(7 * 1024 * 1024);
    await context.route(`${e2e.stack.urls.s3}/**`, async (route: Route) => {
      if (route.request().url().includes('partNumber=2')) await delay(3000);
      await route.continue();
    });
    await page.getByLabel('Choose a file to upload').setInputFiles({
      name: 'report 2026.bin',
      mimeType: 'application/octet-stream',
      buffer: content,
    });
    const bar = page.getByRole('progressbar', { name: 'Uploading report 2026.bin' });
    await bar.waitFor();
    expect(await bar.getAttribute('max')).toBe(String(content.length));
    // Part-way: the first part is in, the second held back.
    const value = async () => Number(await bar.getAttribute('value'));
    await expect.poll(value, { timeout: 10_000 }).toBeGreaterThan(0);
    expect(await value()).toBeLessThan(content.length);
    await page.getByText('Uploaded “report 2026.bin”.').waitFor({ timeout: 15_000 });
    await bar.waitFor({ state: 'detached' });

    const list = files.getByRole('list', { name: 'Your files' });
    await list.getByRole('listitem').filter({ hasText: 'report 2026.bin' }).waitFor();
    expect(await list.getByRole('listitem').count()).toBe(1);
    await expectAccessible(page);

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Download report 2026.bin' }).click(),
    ]);
    expect(download.suggestedFilename()).toBe('report 2026.bin');
    expect(readFileSync(await download.path()).equals(content)).toBe(true);

    await page.getByRole('button', { name: 'Delete report 2026.bin' }).click();
    const confirm = page.getByRole('group', { name: /Delete “report 2026.bin”\?/ });
    await confirm.getByRole('button', { name: 'Delete file' }).click();
    await page.getByText('Deleted “report 2026.bin”.').waitFor();
    await files.getByText('No files yet. Upload your first one above.').waitFor();

    // Gone from the bucket, not only from the page.
    const demo = await userCredentials(e2e.stack, 'demo@example.com', DEMO_PASSWORD);
    const s3 = localS3Client(e2e.stack, demo);
    try {
      const listed = await s3.send(
        new ListObjectsV2Command({
          Bucket: e2e.stack.s3.bucket,
          Prefix: `private/${demo.identityId}/`,
        }),
      );
      expect(listed.KeyCount).toBe(0);
    } finally {
      s3.close();
    }
    await finish(context, errors);
  }, 60_000);

  it("refuses a second user's credentials on the first user's files (403)", async () => {
    const { stack } = e2e;
    const Bucket = stack.s3.bucket;
    // The admin owns the file; the demo user tries to reach it with their own credentials.
    const owner = await userCredentials(stack, 'admin@example.com', DEMO_PASSWORD);
    const other = await userCredentials(stack, 'demo@example.com', DEMO_PASSWORD);
    expect(other.identityId).not.toBe(owner.identityId);
    const Key = `private/${owner.identityId}/secret.txt`;
    const ownerS3 = localS3Client(stack, owner);
    const otherS3 = localS3Client(stack, other);
    const status = (error: unknown) =>
      (error as { $metadata?: { httpStatusCode?: number } }).$metadata?.httpStatusCode;
    const refused = async (attempt: Promise<unknown>) => {
      const error = await attempt.then(
        () => undefined,
        (e: unknown) => e,
      );
      expect(error).toMatchObject({ name: 'AccessDenied' });
      expect(status(error)).toBe(403);
    };
    try {
      await ownerS3.send(new PutObjectCommand({ Bucket, Key, Body: 'the admin’s only' }));
      await refused(otherS3.send(new GetObjectCommand({ Bucket, Key })));
      await refused(otherS3.send(new PutObjectCommand({ Bucket, Key, Body: 'overwritten' })));
      await refused(otherS3.send(new DeleteObjectCommand({ Bucket, Key })));
      await refused(
        otherS3.send(new ListObjectsV2Command({ Bucket, Prefix: `private/${owner.identityId}/` })),
      );
      // Untouched by all of that.
      const kept = await ownerS3.send(new GetObjectCommand({ Bucket, Key }));
      expect(await kept.Body?.transformToString()).toBe('the admin’s only');
      expect(stack.s3.url).toBe(stack.urls.s3);
    } finally {
      ownerS3.close();
      otherS3.close();
    }
  });
});
