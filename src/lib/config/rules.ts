import type { ConfigText, ConfigTextId } from './types';

/** What is wrong with a value, as a catalog message (worded by describe-problem.ts). */
export interface RuleFailure {
  readonly ok: false;
  readonly text: ConfigText;
}

/** A rule either accepts a raw JSON value (narrowing its type) or explains what is wrong with it. */
export type Rule<T> = (value: unknown) => { ok: true; value: T } | RuleFailure;

// Cognito's own pool id pattern and length cap (amazon-cognito-identity-js enforces both).
const USER_POOL_ID = /^[\w-]+_[0-9a-zA-Z]+$/;
const USER_POOL_ID_MAX = 55;
const REGION = /^[a-z]{2}(?:-[a-z]+)+-\d{1,2}$/;
// Plain http is tolerated only where nothing crosses a network: local emulators and APIs.
const LOOPBACK_HOSTS = new Set(['localhost', '127.0.0.1']);

/** Short, safe rendering of a bad value for an error message. */
function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  if (typeof value === 'object') return 'an object';
  const text = typeof value === 'string' ? JSON.stringify(value) : String(value);
  return text.length > 60 ? `${text.slice(0, 57)}...` : text;
}

/** `describe` for the error page: the value is data, but "an array" is words to translate. */
export function shown(value: unknown): string | ConfigText {
  if (Array.isArray(value)) return { id: 'configProblem.anArray' };
  if (value !== null && typeof value === 'object') return { id: 'configProblem.anObject' };
  return describe(value);
}

/**
 * A problem as a catalog id and its values, never a sentence: the words stay out of the first
 * chunk, the error page says it in the reader's language, and tools in English
 * (problem-in-english.ts).
 */
export const problem = (id: ConfigTextId, values?: ConfigText['values']): RuleFailure => ({
  ok: false,
  text: values ? { id, values } : { id },
});

const pass = <T>(value: T) => ({ ok: true as const, value });

export const nonEmptyString: Rule<string> = (value) => {
  if (typeof value !== 'string') {
    return problem('configProblem.notString', {
      got: shown(value),
    });
  }
  if (value.trim() === '') return problem('configProblem.empty');
  if (/\s/.test(value)) {
    return problem('configProblem.whitespace', { got: shown(value) });
  }
  return pass(value);
};

/** A string of a known shape; `id` says which, with examples (data, never translated). */
const matching =
  (pattern: RegExp, id: ConfigTextId, examples: Readonly<Record<string, string>>): Rule<string> =>
  (value) => {
    const text = nonEmptyString(value);
    if (!text.ok) return text;
    return pattern.test(text.value)
      ? text
      : problem(id, {
          ...examples,
          got: shown(value),
        });
  };

const tooLong = (max: number, length: number) =>
  problem('configProblem.tooLong', {
    max,
    length,
  });

export const region = matching(REGION, 'configProblem.region', { example: '"us-east-1"' });

const poolIdShape = matching(USER_POOL_ID, 'configProblem.userPoolId', {
  example: '"us-east-1_AbC123"',
});
export const userPoolId: Rule<string> = (value) => {
  const id = poolIdShape(value);
  if (!id.ok) return id;
  return id.value.length > USER_POOL_ID_MAX ? tooLong(USER_POOL_ID_MAX, id.value.length) : id;
};

export const httpUrl: Rule<string> = (value) => {
  const text = nonEmptyString(value);
  if (!text.ok) return text;
  const notUrl = () =>
    problem('configProblem.url', {
      got: shown(value),
    });
  let url: URL;
  try {
    url = new URL(text.value);
  } catch {
    return notUrl();
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return notUrl();
  if (url.protocol === 'http:' && !LOOPBACK_HOSTS.has(url.hostname)) {
    return problem('configProblem.https', {
      localhost: 'localhost',
      loopback: '127.0.0.1',
      got: shown(value),
    });
  }
  if (url.username !== '' || url.password !== '') {
    return problem('configProblem.credentials');
  }
  return text;
};

export const oneOf =
  <const T extends string>(allowed: readonly T[]): Rule<T> =>
  (value) => {
    if (allowed.includes(value as T)) return pass(value as T);
    const list = allowed.map((a) => `"${a}"`).join(', ');
    return problem('configProblem.oneOf', {
      allowed: list,
      got: shown(value),
    });
  };

export const boolean: Rule<boolean> = (value) =>
  typeof value === 'boolean'
    ? pass(value)
    : problem('configProblem.boolean', {
        yes: 'true',
        no: 'false',
        got: shown(value),
      });

// The bounds are shown as config.json spells them (no grouping), since they are copied back.
export const integerBetween =
  (min: number, max: number): Rule<number> =>
  (value) =>
    typeof value === 'number' && Number.isInteger(value) && value >= min && value <= max
      ? pass(value)
      : problem('configProblem.integer', { min: String(min), max: String(max), got: shown(value) });

/** A list whose every item passes `item`; duplicates are an operator mistake worth naming. */
export const listOf =
  <T>(item: Rule<T>): Rule<T[]> =>
  (value) => {
    if (!Array.isArray(value)) {
      return problem('configProblem.list', {
        got: shown(value),
      });
    }
    const out: T[] = [];
    for (const [index, entry] of value.entries()) {
      const checked = item(entry);
      if (!checked.ok) {
        return { ok: false, text: { ...checked.text, item: index + 1 } };
      }
      if (out.includes(checked.value)) {
        return problem('configProblem.twice', {
          got: shown(entry),
        });
      }
      out.push(checked.value);
    }
    return pass(out);
  };

// Standard OIDC attributes Cognito knows, plus custom:* ones.
const ATTRIBUTE =
  /^(?:custom:[\w-]{1,20}|address|birthdate|email|family_name|gender|given_name|locale|middle_name|name|nickname|phone_number|picture|preferred_username|profile|website|zoneinfo)$/;
export const attributeName = matching(ATTRIBUTE, 'configProblem.attribute', {
  example: '"name"',
  other: '"custom:plan"',
});

// A bare host[:port]: the hosted domain is used as https://{domain}/oauth2/...
const HOST =
  /^(?=.{1,253}(?::\d{1,5})?$)[a-z0-9](?:[a-z0-9-]*[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]*[a-z0-9])?)*(?::\d{1,5})?$/i;
const hostShape = matching(HOST, 'configProblem.host', { example: '"auth.example.com"' });
export const host: Rule<string> = (value) => {
  const checked = hostShape(value);
  if (!checked.ok) return checked;
  const port = /:(\d+)$/.exec(checked.value)?.[1];
  return port !== undefined && (Number(port) < 1 || Number(port) > 65535)
    ? problem('configProblem.port', {
        got: shown(value),
      })
    : checked;
};

const PROVIDER = /^[\w.-]{1,32}$/;
export const providerName = matching(PROVIDER, 'configProblem.provider', { example: '"Google"' });
const SCOPE = /^[\w.:/-]{1,256}$/;
export const scope = matching(SCOPE, 'configProblem.scope', {
  example: '"openid"',
});

// Cognito Identity's own pattern and length cap for IdentityPoolId ("<region>:<uuid>").
const IDENTITY_POOL_ID = /^[\w-]+:[0-9a-f-]+$/;
const IDENTITY_POOL_ID_MAX = 55;
const identityPoolIdShape = matching(IDENTITY_POOL_ID, 'configProblem.identityPoolId', {
  example: '"us-east-1:0a1b2c3d-0000-4000-8000-000000000000"',
});
export const identityPoolId: Rule<string> = (value) => {
  const id = identityPoolIdShape(value);
  if (!id.ok) return id;
  return id.value.length > IDENTITY_POOL_ID_MAX
    ? tooLong(IDENTITY_POOL_ID_MAX, id.value.length)
    : id;
};

// S3's rules for new buckets: 3-63 lowercase letters, digits, dots and hyphens.
const BUCKET = /^(?!.*\.\.)[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$/;
export const bucketName = matching(BUCKET, 'configProblem.bucket', { example: '"my-app-files"' });

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
    : problem('configProblem.localEndpoint', { example: '"127.0.0.1:9443"', got: shown(value) });
};
