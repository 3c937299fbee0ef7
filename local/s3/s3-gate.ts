import { createHash } from 'node:crypto';
import type { IncomingMessage, RequestListener, ServerResponse } from 'node:http';
import { authorize, type S3Target } from './identity-policy.ts';
import { abortUpload, checkUpload, listPartsXml } from './multipart-uploads.ts';
import { readBody, replay } from './request-body.ts';
import { errorXml, S3Failure } from './s3-error.ts';
import { queryPairs, readClaim, verifySignature, withoutQueryAuth } from './sigv4.ts';

/** What the emulator issued for an access key id (GetCredentialsForIdentity). */
export interface IssuedCredentials {
  identityId: string;
  secretAccessKey: string;
  sessionToken: string;
  /** When the credentials stop working: a Date, or epoch milliseconds. */
  expiresAt: Date | number;
}

/** The emulator's record of an access key id it issued; undefined when it issued none. */
export type LookupCredentials = (
  accessKeyId: string,
) => IssuedCredentials | undefined | Promise<IssuedCredentials | undefined>;

export interface S3GateOptions {
  lookupCredentials: LookupCredentials;
  bucket: string;
  region: string;
  /** Origins whose refusals carry CORS headers, so the app can read S3's error. */
  allowedOrigins: readonly string[];
  /** Where the store keeps a multipart upload's directory (it records the upload's key). */
  uploadDirectory: (uploadId: string) => string;
  maxBodyBytes: number;
  /**
   * The store behind the gate (s3rver), handed the request once it is allowed, with the
   * caller's identity; preflights come without one.
   */
  forward: (req: IncomingMessage, res: ServerResponse, identityId?: string) => void;
  now?: () => number;
}

/**
 * S3 keeps `a/../b` as a key of its own; the store behind keeps objects as files, where it
 * would name another user's file. Such keys (and prefixes, copy sources) go no further.
 */
function refuseDotSegments(target: S3Target): void {
  const copySource = target.headers['x-amz-copy-source'];
  const names = [target.key, target.query.get('prefix') ?? '', String(copySource ?? '')];
  const dotted = names.some((name) =>
    safeDecode(name)
      .split(/[/\\]/)
      .some((segment) => segment === '.' || segment === '..'),
  );
  if (dotted || names.some((name) => name.includes('\0'))) {
    throw new S3Failure(
      'InvalidArgument',
      "The local S3 store does not support keys with '.' or '..' path segments.",
    );
  }
}

const safeDecode = (text: string): string => {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
};

function parseTarget(req: IncomingMessage): S3Target {
  const raw = req.url ?? '/';
  const at = raw.indexOf('?');
  const path = at < 0 ? raw : raw.slice(0, at);
  let decoded: string;
  try {
    decoded = decodeURIComponent(path);
  } catch {
    throw new S3Failure('InvalidURI', "Couldn't parse the specified URI.");
  }
  const [, bucket = '', key = ''] = /^\/([^/]*)\/?(.*)$/s.exec(decoded) ?? [];
  return {
    method: req.method ?? 'GET',
    bucket,
    key,
    query: new Map(queryPairs(at < 0 ? '' : raw.slice(at + 1))),
    headers: req.headers,
  };
}

/**
 * Authenticates a request with credentials the emulator issued (SigV4, header or presigned,
 * with their session token, before they expire), applies the identity role's policy, and only
 * then hands it to the store. CORS preflights pass straight through, as S3 answers them
 * without credentials.
 */
export function createS3Gate(options: S3GateOptions): RequestListener {
  const now = options.now ?? Date.now;

  const corsHeaders = (req: IncomingMessage): Record<string, string> => {
    const origin = req.headers.origin;
    if (!origin || !options.allowedOrigins.includes(origin)) return {};
    return {
      'access-control-allow-origin': origin,
      'access-control-expose-headers': 'ETag, x-amz-request-id',
      vary: 'Origin',
    };
  };

  const refuse = (
    req: IncomingMessage,
    res: ServerResponse,
    failure: S3Failure,
    resource: string,
  ) => {
    const body = errorXml(failure, resource);
    res.writeHead(failure.status, {
      ...corsHeaders(req),
      'content-type': 'application/xml',
      'content-length': Buffer.byteLength(body),
    });
    res.end(req.method === 'HEAD' ? undefined : body);
  };

  const handle = async (req: IncomingMessage, res: ServerResponse) => {
    const target = parseTarget(req);
    const parts = { method: target.method, url: req.url ?? '/', headers: req.headers };
    const claim = readClaim(parts, now());
    if (!claim) throw new S3Failure('AccessDenied', 'Access Denied');
    const issued = await options.lookupCredentials(claim.accessKeyId);
    if (!issued || claim.sessionToken === undefined) {
      throw new S3Failure(
        'InvalidAccessKeyId',
        'The AWS Access Key Id you provided does not exist in our records.',
      );
    }
    if (claim.sessionToken !== issued.sessionToken) {
      throw new S3Failure('InvalidToken', 'The provided token is malformed or otherwise invalid.');
    }
    // Written so that an unreadable expiry counts as expired.
    if (!(now() < new Date(issued.expiresAt).getTime())) {
      throw new S3Failure('ExpiredToken', 'The provided token has expired.');
    }
    if (claim.region !== options.region || claim.service !== 's3') {
      throw new S3Failure(
        'AuthorizationHeaderMalformed',
        `The authorization header is malformed; the region '${claim.region}' is wrong; expecting '${options.region}'`,
      );
    }
    if (!claim.signedHeaders.includes('host')) {
      throw new S3Failure(
        'AccessDenied',
        'There were headers present in the request which were not signed',
      );
    }
    verifySignature(parts, claim, issued.secretAccessKey);
    refuseDotSegments(target);
    authorize(target, issued.identityId, options.bucket);
    const uploadId = await checkUpload(target, options.uploadDirectory);
    const body = await readBody(req, options.maxBodyBytes);
    if (/^[0-9a-f]{64}$/i.test(claim.payloadHash)) {
      const actual = createHash('sha256').update(body).digest('hex');
      if (actual !== claim.payloadHash.toLowerCase()) {
        throw new S3Failure(
          'XAmzContentSHA256Mismatch',
          "The provided 'x-amz-content-sha256' header does not match what was computed.",
        );
      }
    } else if (claim.payloadHash.includes('TRAILER')) {
      throw new S3Failure('NotImplemented', 'Trailing checksums are not supported locally.');
    }
    if (target.method === 'GET' && uploadId) {
      // ListParts (Amplify resumes an interrupted upload with it): the store has no route for it.
      const body = await listPartsXml(target, uploadId, options.uploadDirectory);
      res.writeHead(200, { ...corsHeaders(req), 'content-type': 'application/xml' }).end(body);
      return;
    }
    if (target.method === 'DELETE' && uploadId) {
      // AbortMultipartUpload: the store has no route for it.
      await abortUpload(uploadId, options.uploadDirectory);
      res.writeHead(204, corsHeaders(req)).end();
      return;
    }
    // Authenticated here: the store gets the caller's identity instead of a signature it would
    // check against its own fixed account.
    const { authorization: _a, 'x-amz-security-token': _t, ...headers } = req.headers;
    options.forward(
      replay(req, withoutQueryAuth(req.url ?? '/'), headers, body),
      res,
      issued.identityId,
    );
  };

  return (req, res) => {
    if (req.method === 'OPTIONS') {
      options.forward(req, res);
      return;
    }
    handle(req, res).catch((error: unknown) => {
      const failure =
        error instanceof S3Failure
          ? error
          : new S3Failure('InternalError', 'We encountered an internal error. Please try again.');
      if (!res.headersSent) refuse(req, res, failure, parseResource(req));
      else res.destroy();
    });
  };
}

const parseResource = (req: IncomingMessage): string => {
  try {
    return decodeURIComponent((req.url ?? '/').split('?')[0] ?? '/');
  } catch {
    return '/';
  }
};
