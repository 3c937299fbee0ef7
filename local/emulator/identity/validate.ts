import type { Req } from '../core/context.ts';
import { CognitoError } from '../core/errors.ts';

/**
 * Cognito Identity validates its input against the API model and answers in AWS's common
 * validation format: `1 validation error detected: Value 'x' at 'identityPoolId' failed to
 * satisfy constraint: Member must satisfy regular expression pattern: [\w-]+:[0-9a-f-]+`.
 */
export const PATTERNS = {
  identityPoolId: /^[\w-]+:[0-9a-f-]+$/,
  identityPoolName: /^[\w\s+=,.@-]+$/,
  providerName: /^[\w._:/-]+$/,
  clientId: /^[\w_]+$/,
} as const;

function invalid(path: string, value: unknown, constraint: string): CognitoError {
  const shown = value === undefined || value === null ? 'null' : `'${String(value)}'`;
  return new CognitoError(
    'InvalidParameterException',
    `1 validation error detected: Value ${shown} at '${path}' failed to satisfy constraint: ${constraint}`,
  );
}

const source = (pattern: RegExp): string => pattern.source.replace(/^\^/, '').replace(/\$$/, '');

/** A required or optional string with the model's length and pattern. */
export function text(
  req: Req,
  key: string,
  path: string,
  rule: { pattern?: RegExp; max?: number; required?: boolean } = {},
): string | undefined {
  const value = req[key];
  if (value === undefined || value === null) {
    if (rule.required) throw invalid(path, value, 'Member must not be null');
    return undefined;
  }
  if (typeof value !== 'string') throw invalid(path, value, 'Member must be a string');
  if (value.length < 1) {
    throw invalid(path, value, 'Member must have length greater than or equal to 1');
  }
  if (rule.max !== undefined && value.length > rule.max) {
    throw invalid(path, value, `Member must have length less than or equal to ${rule.max}`);
  }
  if (rule.pattern && !rule.pattern.test(value)) {
    throw invalid(
      path,
      value,
      `Member must satisfy regular expression pattern: ${source(rule.pattern)}`,
    );
  }
  return value;
}

export const required = (
  req: Req,
  key: string,
  path: string,
  rule: { pattern?: RegExp; max?: number } = {},
): string => text(req, key, path, { ...rule, required: true }) as string;

export function flag(req: Req, key: string, path: string, isRequired = false): boolean | undefined {
  const value = req[key];
  if (value === undefined || value === null) {
    if (isRequired) throw invalid(path, value, 'Member must not be null');
    return undefined;
  }
  if (typeof value !== 'boolean') throw invalid(path, value, 'Member must be a boolean');
  return value;
}

/** MaxResults: an integer from 1 to 60 (QueryLimit). */
export function queryLimit(req: Req): number {
  const value = req.MaxResults;
  if (value === undefined || value === null)
    throw invalid('maxResults', value, 'Member must not be null');
  if (typeof value !== 'number' || !Number.isInteger(value)) {
    throw invalid('maxResults', value, 'Member must be an integer');
  }
  if (value < 1)
    throw invalid('maxResults', value, 'Member must have value greater than or equal to 1');
  if (value > 60)
    throw invalid('maxResults', value, 'Member must have value less than or equal to 60');
  return value;
}

/** A string → string map (Logins, tags, SupportedLoginProviders). */
export function stringMap(req: Req, key: string, path: string): Record<string, string> | undefined {
  const value = req[key];
  if (value === undefined || value === null) return undefined;
  if (typeof value !== 'object' || Array.isArray(value)) {
    throw invalid(path, value, 'Member must be a map');
  }
  for (const [k, v] of Object.entries(value)) {
    if (typeof v !== 'string' || v.length < 1) {
      throw invalid(`${path}.${k}.member`, v, 'Member must have length greater than or equal to 1');
    }
  }
  return value as Record<string, string>;
}

export function stringList(req: Req, key: string, path: string): string[] | undefined {
  const value = req[key];
  if (value === undefined || value === null) return undefined;
  if (!Array.isArray(value) || value.some((v) => typeof v !== 'string')) {
    throw invalid(path, value, 'Member must be a list of strings');
  }
  return value as string[];
}

export { invalid as validationError };
