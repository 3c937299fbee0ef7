import { S3Failure } from './s3-error.ts';

/** A request as the policy sees it: path-style bucket and decoded key. */
export interface S3Target {
  method: string;
  bucket: string;
  /** Empty for bucket-level requests. */
  key: string;
  query: ReadonlyMap<string, string>;
  headers: Record<string, string | string[] | undefined>;
}

// Any other query parameter turns an object or bucket request into another IAM action
// (tagging, ACLs, versions...), which the role does not grant. Presigned-URL parameters
// (`X-Amz-*`) and response header overrides (`response-*`) change no action.
const OBJECT_PARAMS = new Set(['uploads', 'uploadId', 'partNumber', 'x-id']);
const LIST_PARAMS = new Set([
  'list-type',
  'prefix',
  'delimiter',
  'max-keys',
  'marker',
  'continuation-token',
  'start-after',
  'encoding-type',
  'fetch-owner',
  'x-id',
]);
const OBJECT_METHODS = new Set(['GET', 'HEAD', 'PUT', 'POST', 'DELETE']);

const denied = () => new S3Failure('AccessDenied', 'Access Denied');

/** The folder an identity may use: `private/<identityId>/`. */
export const privatePrefix = (identityId: string): string => `private/${identityId}/`;

/**
 * The authenticated role's policy as code, mirroring the deployed IAM role: Get/Put/Delete on
 * `private/<identityId>/*` of the one bucket (multipart upload included), and ListBucket only
 * with a prefix inside that folder. Anything else is AccessDenied.
 */
export function authorize(target: S3Target, identityId: string, bucket: string): void {
  if (target.bucket !== bucket) throw denied();
  const own = privatePrefix(identityId);
  const params = [...target.query.keys()].filter(
    (name) => !name.startsWith('response-') && !name.toLowerCase().startsWith('x-amz-'),
  );
  if (target.key === '') {
    const listing =
      (target.method === 'GET' || target.method === 'HEAD') &&
      params.every((name) => LIST_PARAMS.has(name));
    if (!listing || !(target.query.get('prefix') ?? '').startsWith(own)) throw denied();
    return;
  }
  if (!OBJECT_METHODS.has(target.method) || !params.every((name) => OBJECT_PARAMS.has(name))) {
    throw denied();
  }
  if (!target.key.startsWith(own)) throw denied();
  const copySource = target.headers['x-amz-copy-source'];
  if (copySource !== undefined) {
    // A copy reads its source: that too must be the caller's own.
    const source = decodeURIComponent(String(copySource).split('?')[0] ?? '').replace(/^\//, '');
    if (!source.startsWith(`${bucket}/${own}`)) throw denied();
  }
}
