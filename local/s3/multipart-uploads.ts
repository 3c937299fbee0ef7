import { readdir, readFile, rm, stat } from 'node:fs/promises';
import { join } from 'node:path';
import type { S3Target } from './identity-policy.ts';
import { escapeXml, S3Failure } from './s3-error.ts';

// Multipart steps the store (s3rver) lacks or trusts too much: it keeps an upload in a
// directory named by its id, with the key it is for, and completes it under that key.

/** Where the store keeps an upload's parts. */
type UploadDirectory = (uploadId: string) => string;

const UPLOAD_ID = /^[0-9a-f]{32}$/;

/**
 * The request's upload id, once known to be an upload of this very key: otherwise one user
 * could add parts to, or complete, another's upload (ids also name directories).
 */
export async function checkUpload(
  target: S3Target,
  uploadDirectory: UploadDirectory,
): Promise<string | undefined> {
  const uploadId = target.query.get('uploadId');
  if (uploadId === undefined) return undefined;
  const noSuchUpload = new S3Failure(
    'NoSuchUpload',
    'The specified upload does not exist. The upload ID may be invalid, or the upload may have been aborted or completed.',
  );
  if (!UPLOAD_ID.test(uploadId)) throw noSuchUpload;
  const key = await readFile(join(uploadDirectory(uploadId), 'key'), 'utf8').catch(() => undefined);
  if (key !== target.key) throw noSuchUpload;
  return uploadId;
}

/** AbortMultipartUpload: drops the upload's parts. */
export async function abortUpload(uploadId: string, uploadDirectory: UploadDirectory) {
  await rm(uploadDirectory(uploadId), { recursive: true, force: true });
}

/** ListParts' answer from the store's upload directory (a file per part, its MD5 beside it). */
export async function listPartsXml(
  target: S3Target,
  uploadId: string,
  uploadDirectory: UploadDirectory,
) {
  const directory = uploadDirectory(uploadId);
  const numbers = (await readdir(directory))
    .filter((name) => /^\d+$/.test(name))
    .map(Number)
    .sort((a, b) => a - b);
  const parts = await Promise.all(
    numbers.map(async (n) => {
      const [info, md5] = await Promise.all([
        stat(join(directory, String(n))),
        readFile(join(directory, `${n}.md5`), 'utf8'),
      ]);
      return (
        `<Part><PartNumber>${n}</PartNumber><LastModified>${info.mtime.toISOString()}</LastModified>` +
        `<ETag>&quot;${md5.trim()}&quot;</ETag><Size>${info.size}</Size></Part>`
      );
    }),
  );
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<ListPartsResult xmlns="http://s3.amazonaws.com/doc/2006-03-01/">' +
      `<Bucket>${escapeXml(target.bucket)}</Bucket><Key>${escapeXml(target.key)}</Key>` +
      `<UploadId>${uploadId}</UploadId><PartNumberMarker>0</PartNumberMarker>` +
      `<NextPartNumberMarker>${numbers.at(-1) ?? 0}</NextPartNumberMarker>` +
      `<MaxParts>1000</MaxParts><IsTruncated>false</IsTruncated>${parts.join('')}</ListPartsResult>`,
  ].join('\n');
}
