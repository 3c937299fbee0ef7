import type { AppConfig } from '../../src/lib/config/types';

/** The config.json values the CSP depends on: where the app is allowed to connect. */
export type CspInputs = Pick<
  AppConfig,
  'region' | 'apiUrl' | 'cognitoEndpoint' | 'identityPoolId' | 'identityPoolEndpoint'
> & {
  readonly oauth?: Pick<NonNullable<AppConfig['oauth']>, 'domain'>;
  /** The files bucket; ANY_BUCKET stands for every bucket of the region (see ownFilesEndpoints). */
  readonly storage?: Pick<NonNullable<AppConfig['storage']>, 'bucket' | 'region' | 'endpoint'>;
};

/**
 * A bucket name not known yet: connect-src then allows any bucket's regional endpoint in the
 * storage region (the stack's CSP, written before the bucket is named; docs/decisions/0012).
 */
export const ANY_BUCKET = '*';

const LOOPBACK = new Set(['localhost', '127.0.0.1', '[::1]']);
const REGION = /^[a-z]{2}(-[a-z]+)+-\d$/;
const BUCKET = /^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$/;

/**
 * One origin for connect-src. Values come from config, so they are treated as hostile: only
 * https (http on loopback, for the local stack) and nothing but scheme, host and port.
 */
function origin(value: string, key: string): string {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new Error(`${key}: not a URL`);
  }
  const loopback = LOOPBACK.has(url.hostname);
  if (url.protocol !== 'https:' && !(url.protocol === 'http:' && loopback)) {
    throw new Error(`${key}: must be https (http only on localhost)`);
  }
  if (url.username || url.password) throw new Error(`${key}: must not hold credentials`);
  return url.origin;
}

/**
 * Origins the app talks to: Cognito's user-pool endpoint, the hosted domain, the API, and for
 * Files, Cognito Identity and the files bucket.
 */
export function connectOrigins(config: CspInputs): string[] {
  if (!REGION.test(config.region)) throw new Error('region: not an AWS region');
  const cognito = config.cognitoEndpoint
    ? origin(config.cognitoEndpoint, 'cognitoEndpoint')
    : `https://cognito-idp.${config.region}.amazonaws.com`;
  const origins = [cognito, origin(config.apiUrl, 'apiUrl')];
  if (config.oauth) origins.push(origin(`https://${config.oauth.domain}`, 'oauth.domain'));
  if (config.identityPoolEndpoint) {
    origins.push(origin(config.identityPoolEndpoint, 'identityPoolEndpoint'));
  } else if (config.identityPoolId) {
    origins.push(`https://cognito-identity.${config.region}.amazonaws.com`);
  }
  if (config.storage) origins.push(storageOrigin(config.storage));
  return [...new Set(origins)];
}

/**
 * Where Amplify Storage sends the files bucket's requests: the local endpoint, else S3's
 * regional endpoint, virtual-hosted (path style for a bucket whose name has a dot).
 */
function storageOrigin(storage: NonNullable<CspInputs['storage']>): string {
  if (storage.endpoint) return origin(`https://${storage.endpoint}`, 'storage.endpoint');
  if (!REGION.test(storage.region)) throw new Error('storage.region: not an AWS region');
  const regional = `s3.${storage.region}.amazonaws.com`;
  if (storage.bucket === ANY_BUCKET) return `https://*.${regional}`;
  if (!BUCKET.test(storage.bucket)) throw new Error('storage.bucket: not an S3 bucket name');
  return storage.bucket.includes('.')
    ? `https://${regional}`
    : `https://${storage.bucket}.${regional}`;
}

/**
 * The production Content-Security-Policy. No inline or eval'd script, no injected styles
 * (the theme is a CSS file), images only from the site and data: URLs (the TOTP QR code),
 * and connections only to what config.json names.
 */
export function contentSecurityPolicy(config: CspInputs): string {
  const directives: [string, ...string[]][] = [
    ['default-src', "'none'"],
    ['script-src', "'self'"],
    ['style-src', "'self'"],
    ['img-src', "'self'", 'data:'],
    ['font-src', "'self'"],
    ['connect-src', "'self'", ...connectOrigins(config)],
    ['manifest-src', "'self'"],
    ['base-uri', "'none'"],
    ['form-action', "'self'"],
    ['frame-ancestors', "'none'"],
    ['object-src', "'none'"],
  ];
  return directives.map((parts) => parts.join(' ')).join('; ');
}

/** The other security headers, as values both CloudFront's policy and the preview server use. */
export const SECURITY_HEADERS = {
  strictTransportSecurity: { maxAgeSeconds: 63_072_000, includeSubdomains: true, preload: true },
  frameOptions: 'DENY',
  referrerPolicy: 'strict-origin-when-cross-origin',
} as const;

/** Every security header as sent on the wire, for the local production server. */
export function securityHeaders(config: CspInputs): Record<string, string> {
  const hsts = SECURITY_HEADERS.strictTransportSecurity;
  return {
    'content-security-policy': contentSecurityPolicy(config),
    'strict-transport-security': `max-age=${hsts.maxAgeSeconds}${hsts.includeSubdomains ? '; includeSubDomains' : ''}${hsts.preload ? '; preload' : ''}`,
    'x-content-type-options': 'nosniff',
    'x-frame-options': SECURITY_HEADERS.frameOptions,
    'referrer-policy': SECURITY_HEADERS.referrerPolicy,
  };
}
