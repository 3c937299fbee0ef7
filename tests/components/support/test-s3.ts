import { HttpResponse, http, type RequestHandler } from 'msw';
import type { Emulator } from '../../../local/emulator/core/emulator';
import { authorize, type S3Target } from '../../../local/s3/identity-policy';
import { errorXml, escapeXml, S3Failure } from '../../../local/s3/s3-error';
import { queryPairs, readClaim, verifySignature } from '../../../local/s3/sigv4';

// local/s3/start-s3.ts's bucket (not imported: that module loads the S3 server itself).
const LOCAL_BUCKET = 'cognito-spa.local-files';

import { server } from '../msw-server';

// Never listened on: MSW answers before a socket opens. Amplify speaks HTTPS to it.
export const TEST_S3_ENDPOINT = '127.0.0.1:59443';
const BASE = `https://${TEST_S3_ENDPOINT}/${LOCAL_BUCKET}`;

interface StoredObject {
  readonly body: Uint8Array;
  readonly contentType: string;
  readonly lastModified: Date;
}

export interface TestS3 {
  /** Objects by key, to seed and inspect. */
  readonly objects: Map<string, StoredObject>;
  /** Storage config values for the app. */
  readonly storage: { bucket: string; region: string; endpoint: string };
  put(key: string, text: string): void;
}

/**
 * The files bucket for component tests: an in-memory object store behind the local S3
 * server's own gate code (SigV4 with credentials the emulator issued, session token, expiry,
 * the role's `private/<identityId>/` policy). Faked here: storage is a Map, and only what the
 * Files page uses (PutObject, ListObjectsV2, GetObject, DeleteObject) is answered; multipart
 * uploads (files of 5 MB and more) are not.
 */
export function startTestS3(emulator: Emulator, region = 'us-east-1'): TestS3 {
  const objects = new Map<string, StoredObject>();
  server.use(...s3Handlers(emulator, objects, region));
  return {
    objects,
    storage: { bucket: LOCAL_BUCKET, region, endpoint: TEST_S3_ENDPOINT },
    put(key, text) {
      objects.set(key, {
        body: new TextEncoder().encode(text),
        contentType: 'text/plain',
        lastModified: new Date(),
      });
    },
  };
}

function s3Handlers(
  emulator: Emulator,
  objects: Map<string, StoredObject>,
  region: string,
): RequestHandler[] {
  const answer = async ({ request }: { request: Request }) => {
    const url = new URL(request.url);
    const target = `${url.pathname}${url.search}`;
    try {
      const headers: Record<string, string> = { host: url.host };
      request.headers.forEach((value, name) => {
        headers[name] = value;
      });
      const parts = { method: request.method, url: target, headers };
      const claim = readClaim(parts, emulator.now());
      if (!claim) throw new S3Failure('AccessDenied', 'Access Denied');
      const issued = emulator.identityCredentials(claim.accessKeyId);
      if (!issued) throw new S3Failure('InvalidAccessKeyId', 'Unknown access key.');
      if (claim.sessionToken !== issued.sessionToken) {
        throw new S3Failure(
          'InvalidToken',
          'The provided token is malformed or otherwise invalid.',
        );
      }
      if (!(emulator.now() < issued.expiresAt)) {
        throw new S3Failure('ExpiredToken', 'The provided token has expired.');
      }
      if (claim.region !== region) throw new S3Failure('AuthorizationHeaderMalformed', 'Region.');
      verifySignature(parts, claim, issued.secretAccessKey);
      const key = decodeURIComponent(url.pathname.slice(`/${LOCAL_BUCKET}/`.length));
      const s3Target: S3Target = {
        method: request.method,
        bucket: LOCAL_BUCKET,
        key: url.pathname === `/${LOCAL_BUCKET}` ? '' : key,
        query: new Map(queryPairs(url.search.slice(1))),
        headers,
      };
      authorize(s3Target, issued.identityId, LOCAL_BUCKET);
      return await serve(request, s3Target, objects);
    } catch (error) {
      const failure =
        error instanceof S3Failure ? error : new S3Failure('InternalError', String(error));
      return new HttpResponse(request.method === 'HEAD' ? null : errorXml(failure, target), {
        status: failure.status,
        headers: { 'content-type': 'application/xml' },
      });
    }
  };
  return [http.all(`${BASE}/*`, answer), http.all(BASE, answer)];
}

async function serve(
  request: Request,
  target: S3Target,
  objects: Map<string, StoredObject>,
): Promise<Response> {
  if (target.key === '') return listObjects(target, objects);
  const stored = objects.get(target.key);
  switch (request.method) {
    case 'PUT': {
      const body = new Uint8Array(await request.arrayBuffer());
      const contentType = request.headers.get('content-type') ?? 'application/octet-stream';
      objects.set(target.key, { body, contentType, lastModified: new Date() });
      return new HttpResponse(null, { status: 200, headers: { etag: `"${body.length}"` } });
    }
    case 'DELETE':
      objects.delete(target.key);
      return new HttpResponse(null, { status: 204 });
    case 'GET':
    case 'HEAD': {
      if (!stored) throw new S3Failure('NoSuchKey', 'The specified key does not exist.');
      const disposition = target.query.get('response-content-disposition');
      return new HttpResponse(request.method === 'HEAD' ? null : stored.body, {
        headers: {
          'content-type': stored.contentType,
          'content-length': String(stored.body.length),
          'last-modified': stored.lastModified.toUTCString(),
          ...(disposition && { 'content-disposition': disposition }),
        },
      });
    }
    default:
      throw new S3Failure('NotImplemented', `${request.method} is not faked here.`);
  }
}

function listObjects(target: S3Target, objects: Map<string, StoredObject>): Response {
  const prefix = target.query.get('prefix') ?? '';
  const contents = [...objects]
    .filter(([key]) => key.startsWith(prefix))
    .sort(([a], [b]) => a.localeCompare(b))
    .map(
      ([key, object]) =>
        `<Contents><Key>${escapeXml(key)}</Key><LastModified>${object.lastModified.toISOString()}</LastModified><ETag>"${object.body.length}"</ETag><Size>${object.body.length}</Size><StorageClass>STANDARD</StorageClass></Contents>`,
    )
    .join('');
  const count = contents.split('<Contents>').length - 1;
  const xml = `<?xml version="1.0" encoding="UTF-8"?><ListBucketResult xmlns="http://s3.amazonaws.com/doc/2006-03-01/"><Name>${LOCAL_BUCKET}</Name><Prefix>${escapeXml(prefix)}</Prefix><KeyCount>${count}</KeyCount><MaxKeys>1000</MaxKeys><IsTruncated>false</IsTruncated>${contents}</ListBucketResult>`;
  return new HttpResponse(xml, { headers: { 'content-type': 'application/xml' } });
}
