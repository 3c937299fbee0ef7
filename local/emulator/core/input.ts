import type { Req } from './context.ts';
import { invalidParameter } from './errors.ts';

/** Request fields are hostile until read through these. */
export function str(req: Req, key: string): string {
  const v = req[key];
  if (typeof v !== 'string' || v.length === 0) {
    throw invalidParameter(`Missing required parameter ${key}`);
  }
  return v;
}

export function optStr(req: Req, key: string): string | undefined {
  const v = req[key];
  if (v === undefined || v === null) return undefined;
  if (typeof v !== 'string') throw invalidParameter(`${key} must be a string`);
  return v;
}

export function optBool(req: Req, key: string): boolean | undefined {
  const v = req[key];
  if (v === undefined || v === null) return undefined;
  if (typeof v !== 'boolean') throw invalidParameter(`${key} must be a boolean`);
  return v;
}

export function optNum(req: Req, key: string): number | undefined {
  const v = req[key];
  if (v === undefined || v === null) return undefined;
  if (typeof v !== 'number' || !Number.isFinite(v))
    throw invalidParameter(`${key} must be a number`);
  return v;
}

export function obj(req: Req, key: string): Req {
  const v = req[key];
  if (v === undefined || v === null) return {};
  if (typeof v !== 'object' || Array.isArray(v)) throw invalidParameter(`${key} must be an object`);
  return v as Req;
}

export function strList(req: Req, key: string): string[] | undefined {
  const v = req[key];
  if (v === undefined || v === null) return undefined;
  if (!Array.isArray(v) || v.some((x) => typeof x !== 'string')) {
    throw invalidParameter(`${key} must be a list of strings`);
  }
  return v as string[];
}

/** `[{Name, Value}]` as Cognito sends attributes. */
export function attributeList(req: Req, key: string): Record<string, string> {
  const v = req[key];
  if (v === undefined || v === null) return {};
  if (!Array.isArray(v)) throw invalidParameter(`${key} must be a list`);
  const out: Record<string, string> = {};
  for (const item of v) {
    const name = (item as Req)?.Name;
    const value = (item as Req)?.Value;
    if (typeof name !== 'string' || (value !== undefined && typeof value !== 'string')) {
      throw invalidParameter(`${key} entries need a Name and a string Value`);
    }
    out[name] = value ?? '';
  }
  return out;
}

/** Narrows a request's string to one of the names on offer (challenges, MFA kinds). */
export function isOneOf<T extends string>(
  offered: readonly T[],
  value: string | undefined,
): value is T {
  return offered.includes(value as T);
}
