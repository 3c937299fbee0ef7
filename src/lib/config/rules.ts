/** A rule either accepts a raw JSON value (narrowing its type) or explains what is wrong with it. */
export type Rule<T> = (value: unknown) => { ok: true; value: T } | { ok: false; message: string };

// Cognito's own pool id pattern and length cap (amazon-cognito-identity-js enforces both).
const USER_POOL_ID = /^[\w-]+_[0-9a-zA-Z]+$/;
const USER_POOL_ID_MAX = 55;
const REGION = /^[a-z]{2}(?:-[a-z]+)+-\d{1,2}$/;
// Plain http is tolerated only where nothing crosses a network: local emulators and APIs.
const LOOPBACK_HOSTS = new Set(['localhost', '127.0.0.1']);

/** Short, safe rendering of a bad value for an error message. */
export function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  if (typeof value === 'object') return 'an object';
  const text = typeof value === 'string' ? JSON.stringify(value) : String(value);
  return text.length > 60 ? `${text.slice(0, 57)}...` : text;
}

const pass = <T>(value: T) => ({ ok: true as const, value });
const fail = (message: string) => ({ ok: false as const, message });

export const nonEmptyString: Rule<string> = (value) => {
  if (typeof value !== 'string') return fail(`must be a string (got ${describe(value)})`);
  if (value.trim() === '') return fail('must not be empty');
  if (/\s/.test(value)) return fail(`must not contain whitespace (got ${describe(value)})`);
  return pass(value);
};

const matching =
  (pattern: RegExp, what: string): Rule<string> =>
  (value) => {
    const text = nonEmptyString(value);
    if (!text.ok) return text;
    return pattern.test(text.value)
      ? text
      : fail(`must look like ${what} (got ${describe(value)})`);
  };

export const region = matching(REGION, 'an AWS region such as "us-east-1"');

const poolIdShape = matching(USER_POOL_ID, 'a user pool id such as "us-east-1_AbC123"');
export const userPoolId: Rule<string> = (value) => {
  const id = poolIdShape(value);
  if (!id.ok) return id;
  return id.value.length > USER_POOL_ID_MAX
    ? fail(`must be at most ${USER_POOL_ID_MAX} characters (got ${id.value.length})`)
    : id;
};

export const httpUrl: Rule<string> = (value) => {
  const text = nonEmptyString(value);
  if (!text.ok) return text;
  let url: URL;
  try {
    url = new URL(text.value);
  } catch {
    return fail(`must be an absolute http(s) URL (got ${describe(value)})`);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    return fail(`must be an absolute http(s) URL (got ${describe(value)})`);
  }
  if (url.protocol === 'http:' && !LOOPBACK_HOSTS.has(url.hostname)) {
    return fail(
      `must use https unless the host is localhost or 127.0.0.1 (got ${describe(value)})`,
    );
  }
  if (url.username !== '' || url.password !== '') return fail('must not contain credentials');
  return text;
};

export const oneOf =
  <const T extends string>(allowed: readonly T[]): Rule<T> =>
  (value) =>
    allowed.includes(value as T)
      ? pass(value as T)
      : fail(`must be one of ${allowed.map((a) => `"${a}"`).join(', ')} (got ${describe(value)})`);

export const boolean: Rule<boolean> = (value) =>
  typeof value === 'boolean' ? pass(value) : fail(`must be true or false (got ${describe(value)})`);

export const integerBetween =
  (min: number, max: number): Rule<number> =>
  (value) =>
    typeof value === 'number' && Number.isInteger(value) && value >= min && value <= max
      ? pass(value)
      : fail(`must be a whole number from ${min} to ${max} (got ${describe(value)})`);

/** A list whose every item passes `item`; duplicates are an operator mistake worth naming. */
export const listOf =
  <T>(item: Rule<T>): Rule<T[]> =>
  (value) => {
    if (!Array.isArray(value)) return fail(`must be a list (got ${describe(value)})`);
    const out: T[] = [];
    for (const [index, entry] of value.entries()) {
      const checked = item(entry);
      if (!checked.ok) return fail(`item ${index + 1} ${checked.message}`);
      if (out.includes(checked.value)) return fail(`lists ${describe(entry)} twice`);
      out.push(checked.value);
    }
    return pass(out);
  };

// Standard OIDC attributes Cognito knows, plus custom:* ones.
const ATTRIBUTE =
  /^(?:custom:[\w-]{1,20}|address|birthdate|email|family_name|gender|given_name|locale|middle_name|name|nickname|phone_number|picture|preferred_username|profile|website|zoneinfo)$/;
export const attributeName = matching(
  ATTRIBUTE,
  'a Cognito attribute such as "name" or "custom:plan"',
);

// A bare host[:port]: the hosted domain is used as https://{domain}/oauth2/...
const HOST =
  /^(?=.{1,253}(?::\d{1,5})?$)[a-z0-9](?:[a-z0-9-]*[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]*[a-z0-9])?)*(?::\d{1,5})?$/i;
const hostShape = matching(HOST, 'a host name such as "auth.example.com" (no scheme, no path)');
export const host: Rule<string> = (value) => {
  const checked = hostShape(value);
  if (!checked.ok) return checked;
  const port = /:(\d+)$/.exec(checked.value)?.[1];
  return port !== undefined && (Number(port) < 1 || Number(port) > 65535)
    ? fail(`has a port outside 1-65535 (got ${describe(value)})`)
    : checked;
};

const PROVIDER = /^[\w.-]{1,32}$/;
export const providerName = matching(PROVIDER, 'an identity provider name such as "Google"');
const SCOPE = /^[\w.:/-]{1,256}$/;
export const scope = matching(SCOPE, 'an OAuth scope such as "openid"');

// Cognito Identity's own pattern and length cap for IdentityPoolId ("<region>:<uuid>").
const IDENTITY_POOL_ID = /^[\w-]+:[0-9a-f-]+$/;
const IDENTITY_POOL_ID_MAX = 55;
const identityPoolIdShape = matching(
  IDENTITY_POOL_ID,
  'an identity pool id such as "us-east-1:0a1b2c3d-0000-4000-8000-000000000000"',
);
export const identityPoolId: Rule<string> = (value) => {
  const id = identityPoolIdShape(value);
  if (!id.ok) return id;
  return id.value.length > IDENTITY_POOL_ID_MAX
    ? fail(`must be at most ${IDENTITY_POOL_ID_MAX} characters (got ${id.value.length})`)
    : id;
};

// S3's rules for new buckets: 3-63 lowercase letters, digits, dots and hyphens.
const BUCKET = /^(?!.*\.\.)[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$/;
export const bucketName = matching(BUCKET, 'an S3 bucket name such as "my-app-files"');

/**
 * A local S3 stand-in's host[:port]. Storage takes it without a scheme and always speaks HTTPS
 * to it; a real bucket needs no endpoint at all, so only loopback hosts are accepted.
 */
export const localEndpoint: Rule<string> = (value) => {
  const checked = host(value);
  if (!checked.ok) return checked;
  const hostname = checked.value.replace(/:\d+$/, '');
  return LOOPBACK_HOSTS.has(hostname)
    ? checked
    : fail(`must be a local host[:port] such as "127.0.0.1:9443" (got ${describe(value)})`);
};
