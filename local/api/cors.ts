import { errorReply, type Reply } from './respond.ts';

const PREFLIGHT_MAX_AGE_SECONDS = '600';

/**
 * Headers for an actual (non-preflight) response. The origin is echoed only on an exact match;
 * `Vary: Origin` always, because the same URL answers differently per origin.
 * No Allow-Credentials: the SPA sends a bearer token, never cookies.
 */
export function corsHeaders(
  origin: string | undefined,
  allowedOrigins: readonly string[],
): Record<string, string> {
  if (origin === undefined || !allowedOrigins.includes(origin)) return { vary: 'Origin' };
  return {
    vary: 'Origin',
    'access-control-allow-origin': origin,
    // Lets the SPA read why a token was refused.
    'access-control-expose-headers': 'WWW-Authenticate',
  };
}

export function preflightReply(
  origin: string | undefined,
  allowedOrigins: readonly string[],
): Reply {
  if (origin === undefined) {
    // Not a CORS preflight, just a plain OPTIONS.
    return { status: 204, headers: { vary: 'Origin', allow: 'GET, POST, DELETE, OPTIONS' } };
  }
  if (!allowedOrigins.includes(origin)) {
    return errorReply(403, 'forbidden', 'Origin not allowed', { vary: 'Origin' });
  }
  return {
    status: 204,
    headers: {
      vary: 'Origin',
      'access-control-allow-origin': origin,
      'access-control-allow-methods': 'GET, POST, DELETE',
      'access-control-allow-headers': 'authorization, content-type',
      'access-control-max-age': PREFLIGHT_MAX_AGE_SECONDS,
    },
  };
}
