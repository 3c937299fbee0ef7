import { createHash, createHmac, timingSafeEqual } from 'node:crypto';
import { S3Failure } from './s3-error.ts';

/** What a SigV4 request claims, read from its Authorization header or presigned query. */
export interface SignedClaim {
  kind: 'header' | 'query';
  accessKeyId: string;
  /** `yyyymmdd/region/service/aws4_request` */
  scope: string;
  date: string;
  region: string;
  service: string;
  /** `yyyymmddThhmmssZ` */
  amzDate: string;
  signedHeaders: string[];
  signature: string;
  sessionToken: string | undefined;
  /** The x-amz-content-sha256 the signature covers. */
  payloadHash: string;
  /** Presigned URLs only: seconds from amzDate. */
  expiresIn?: number;
}

/** The parts of an incoming request the signature covers. */
export interface RequestParts {
  method: string;
  /** The raw request target, path and query, as sent. */
  url: string;
  headers: Record<string, string | string[] | undefined>;
}

const ALGORITHM = 'AWS4-HMAC-SHA256';
const SKEW_MS = 15 * 60_000;
const MAX_PRESIGN_SECONDS = 604_800;
const QUERY_AUTH = [
  'X-Amz-Algorithm',
  'X-Amz-Credential',
  'X-Amz-Date',
  'X-Amz-Expires',
  'X-Amz-SignedHeaders',
  'X-Amz-Signature',
  'X-Amz-Security-Token',
];

/** RFC 3986 unreserved characters stay, everything else is %XX: what SigV4 canonicalizes to. */
export const rfc3986 = (text: string): string =>
  encodeURIComponent(text).replace(
    /[!'()*]/g,
    (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`,
  );

const decodeComponent = (text: string): string => {
  try {
    return decodeURIComponent(text);
  } catch {
    throw new S3Failure('InvalidURI', "Couldn't parse the specified URI.");
  }
};

const header = (parts: RequestParts, name: string): string | undefined => {
  const value = parts.headers[name];
  return Array.isArray(value) ? value.join(',') : value;
};

const splitTarget = (url: string) => {
  const at = url.indexOf('?');
  return at < 0 ? { path: url, query: '' } : { path: url.slice(0, at), query: url.slice(at + 1) };
};

/**
 * The query's pairs, decoded, in order; a name without `=` has an empty value. As S3 reads a
 * query, `+` is a space (URLSearchParams, and so Amplify's presigned URLs, write spaces so).
 */
export function queryPairs(query: string): [string, string][] {
  if (!query) return [];
  const decode = (text: string) => decodeComponent(text.replace(/\+/g, ' '));
  return query
    .split('&')
    .filter(Boolean)
    .map((pair) => {
      const at = pair.indexOf('=');
      return at < 0 ? [decode(pair), ''] : [decode(pair.slice(0, at)), decode(pair.slice(at + 1))];
    });
}

/** `yyyymmddThhmmssZ` as epoch milliseconds, or NaN. */
function parseAmzDate(value: string): number {
  const m = /^(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})Z$/.exec(value);
  if (!m) return Number.NaN;
  const [, y, mo, d, h, mi, s] = m.map(Number) as number[];
  return Date.UTC(y ?? 0, (mo ?? 1) - 1, d, h, mi, s);
}

function parseCredential(credential: string) {
  const [accessKeyId = '', date = '', region = '', service = '', termination = ''] =
    credential.split('/');
  if (!accessKeyId || !/^\d{8}$/.test(date) || !region || termination !== 'aws4_request') {
    throw new S3Failure(
      'AuthorizationHeaderMalformed',
      'The authorization header is malformed; the Credential is mal-formed; expecting "<YOUR-AKID>/YYYYMMDD/REGION/SERVICE/aws4_request".',
    );
  }
  return { accessKeyId, date, region, service, scope: `${date}/${region}/${service}/aws4_request` };
}

/**
 * Reads the SigV4 claim from the Authorization header or the presigned query, or undefined
 * when the request is anonymous. Malformed or stale claims fail as S3 fails them.
 */
export function readClaim(parts: RequestParts, now = Date.now()): SignedClaim | undefined {
  const authorization = header(parts, 'authorization');
  const params = new Map(queryPairs(splitTarget(parts.url).query));
  const presigned = params.has('X-Amz-Algorithm') || params.has('X-Amz-Credential');
  if (authorization !== undefined && presigned) {
    throw new S3Failure(
      'InvalidArgument',
      'Only one auth mechanism allowed; only the X-Amz-Algorithm query parameter, Signature query string parameter or the Authorization header should be specified',
    );
  }
  if (authorization !== undefined) return readHeaderClaim(parts, authorization, now);
  if (presigned) return readQueryClaim(params, now);
  if (params.has('Signature') || params.has('AWSAccessKeyId')) {
    throw new S3Failure(
      'InvalidRequest',
      'The authorization mechanism you have provided is not supported. Please use AWS4-HMAC-SHA256.',
    );
  }
  return undefined;
}

function readHeaderClaim(parts: RequestParts, authorization: string, now: number): SignedClaim {
  const space = authorization.indexOf(' ');
  const algorithm = space < 0 ? authorization : authorization.slice(0, space);
  if (algorithm !== ALGORITHM) {
    throw new S3Failure(
      'InvalidRequest',
      'The authorization mechanism you have provided is not supported. Please use AWS4-HMAC-SHA256.',
    );
  }
  const fields = new Map(
    authorization
      .slice(space + 1)
      .split(',')
      .map((part) => part.trim())
      .filter(Boolean)
      .map((part) => {
        const at = part.indexOf('=');
        return [part.slice(0, at), part.slice(at + 1)] as const;
      }),
  );
  const credential = fields.get('Credential');
  const signedHeaders = fields.get('SignedHeaders');
  const signature = fields.get('Signature');
  if (!credential || !signedHeaders || !signature) {
    throw new S3Failure(
      'AuthorizationHeaderMalformed',
      'The authorization header is malformed; the authorization header requires three components: Credential, SignedHeaders, and Signature.',
    );
  }
  const payloadHash = header(parts, 'x-amz-content-sha256');
  if (!payloadHash) {
    throw new S3Failure(
      'InvalidRequest',
      'Missing required header for this request: x-amz-content-sha256',
    );
  }
  const amzDate = header(parts, 'x-amz-date') ?? '';
  const time = parseAmzDate(amzDate);
  if (Number.isNaN(time)) {
    throw new S3Failure(
      'AccessDenied',
      'AWS authentication requires a valid Date or x-amz-date header',
    );
  }
  if (Math.abs(now - time) > SKEW_MS) {
    throw new S3Failure(
      'RequestTimeTooSkewed',
      'The difference between the request time and the current time is too large.',
    );
  }
  return {
    kind: 'header',
    ...parseCredential(credential),
    amzDate,
    signedHeaders: signedHeaders.split(';'),
    signature,
    sessionToken: header(parts, 'x-amz-security-token'),
    payloadHash,
  };
}

function readQueryClaim(params: Map<string, string>, now: number): SignedClaim {
  if (params.get('X-Amz-Algorithm') !== ALGORITHM) {
    throw new S3Failure(
      'AuthorizationQueryParametersError',
      'X-Amz-Algorithm only supports "AWS4-HMAC-SHA256"',
    );
  }
  const missing = QUERY_AUTH.slice(0, 6).some((name) => !params.get(name));
  if (missing) {
    throw new S3Failure(
      'AuthorizationQueryParametersError',
      'Query-string authentication version 4 requires the X-Amz-Algorithm, X-Amz-Credential, X-Amz-Signature, X-Amz-Date, X-Amz-SignedHeaders, and X-Amz-Expires parameters.',
    );
  }
  const amzDate = params.get('X-Amz-Date') ?? '';
  const time = parseAmzDate(amzDate);
  const expiresIn = Number(params.get('X-Amz-Expires'));
  if (Number.isNaN(time)) {
    throw new S3Failure(
      'AuthorizationQueryParametersError',
      "X-Amz-Date must be in the ISO8601 Long Format \"yyyyMMdd'T'HHmmss'Z'\"",
    );
  }
  if (!Number.isInteger(expiresIn) || expiresIn < 0 || expiresIn > MAX_PRESIGN_SECONDS) {
    throw new S3Failure(
      'AuthorizationQueryParametersError',
      'X-Amz-Expires must be less than a week (in seconds); that is, the given X-Amz-Expires must be less than 604800 seconds',
    );
  }
  if (now > time + expiresIn * 1000) throw new S3Failure('AccessDenied', 'Request has expired');
  return {
    kind: 'query',
    ...parseCredential(params.get('X-Amz-Credential') ?? ''),
    amzDate,
    signedHeaders: (params.get('X-Amz-SignedHeaders') ?? '').split(';'),
    signature: params.get('X-Amz-Signature') ?? '',
    sessionToken: params.get('X-Amz-Security-Token'),
    payloadHash: params.get('X-Amz-Content-Sha256') ?? 'UNSIGNED-PAYLOAD',
    expiresIn,
  };
}

/** The canonical request as SigV4 defines it for S3 (paths encoded once, not normalized). */
export function canonicalRequest(parts: RequestParts, claim: SignedClaim): string {
  const { path, query } = splitTarget(parts.url);
  const canonicalPath = path
    .split('/')
    .map((segment) => rfc3986(decodeComponent(segment)))
    .join('/');
  const canonicalQuery = queryPairs(query)
    .filter(([name]) => !(claim.kind === 'query' && name === 'X-Amz-Signature'))
    .map(([name, value]) => [rfc3986(name), rfc3986(value)] as const)
    .sort(([a, av], [b, bv]) => (a < b ? -1 : a > b ? 1 : av < bv ? -1 : av > bv ? 1 : 0))
    .map(([name, value]) => `${name}=${value}`)
    .join('&');
  const canonicalHeaders = claim.signedHeaders
    .map((name) => `${name}:${(header(parts, name) ?? '').trim().replace(/\s+/g, ' ')}\n`)
    .join('');
  return [
    parts.method,
    canonicalPath,
    canonicalQuery,
    canonicalHeaders,
    claim.signedHeaders.join(';'),
    claim.payloadHash,
  ].join('\n');
}

/** The HMAC-SHA256 signature `secretAccessKey` gives this request. */
export function expectedSignature(
  parts: RequestParts,
  claim: SignedClaim,
  secretAccessKey: string,
): string {
  const hmac = (key: string | Buffer, data: string) =>
    createHmac('sha256', key).update(data, 'utf8').digest();
  const stringToSign = [
    ALGORITHM,
    claim.amzDate,
    claim.scope,
    createHash('sha256').update(canonicalRequest(parts, claim), 'utf8').digest('hex'),
  ].join('\n');
  const key = hmac(
    hmac(hmac(hmac(`AWS4${secretAccessKey}`, claim.date), claim.region), claim.service),
    'aws4_request',
  );
  return createHmac('sha256', key).update(stringToSign, 'utf8').digest('hex');
}

/** Throws SignatureDoesNotMatch unless the claim's signature is the one the secret gives. */
export function verifySignature(parts: RequestParts, claim: SignedClaim, secret: string): void {
  const expected = Buffer.from(expectedSignature(parts, claim, secret), 'utf8');
  const given = Buffer.from(claim.signature, 'utf8');
  if (expected.length !== given.length || !timingSafeEqual(expected, given)) {
    throw new S3Failure(
      'SignatureDoesNotMatch',
      'The request signature we calculated does not match the signature you provided. Check your key and signing method.',
    );
  }
}

/** The request target without the presigned-URL parameters, as the store behind sees it. */
export function withoutQueryAuth(url: string): string {
  const { path, query } = splitTarget(url);
  const kept = query
    .split('&')
    .filter((pair) => pair && !QUERY_AUTH.includes(decodeComponent(pair.split('=')[0] ?? '')));
  return kept.length ? `${path}?${kept.join('&')}` : path;
}
