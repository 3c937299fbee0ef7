import { createHash } from 'node:crypto';
import type { RevocationChecker, RevocationOutcome } from './check-revocation.ts';

/** How long a write trusts Cognito's last "this session is live" answer for one token. */
export const DEFAULT_REVOCATION_CACHE_SECONDS = 5;

export interface RevocationCacheOptions {
  /** Seconds an "ok" answer is reused; also the most a revocation can go unnoticed by writes. */
  ttlSeconds?: number;
  /** Tokens remembered at most; the oldest are forgotten first. */
  maxEntries?: number;
  now?: () => number;
}

/**
 * Asks Cognito (GetUser) at most once per token every `ttlSeconds`: writes check revocation on
 * every call, and a user typing notes quickly then costs one Cognito call per window instead
 * of one per note. A revoked answer is final (a token never comes back to life), so it is kept
 * until the token would have gone from the cache anyway; "unavailable" (503) is never kept, so
 * Cognito is asked again on the next call. Each process (each Lambda instance) has its own.
 */
export function cacheRevocation(
  check: RevocationChecker,
  options: RevocationCacheOptions = {},
): RevocationChecker {
  const ttlMs = (options.ttlSeconds ?? DEFAULT_REVOCATION_CACHE_SECONDS) * 1000;
  const maxEntries = options.maxEntries ?? 10_000;
  const now = options.now ?? Date.now;
  const entries = new Map<string, { outcome: RevocationOutcome; until: number }>();
  // One Cognito call per token even when a burst of writes arrives together.
  const inFlight = new Map<string, Promise<RevocationOutcome>>();

  return async (accessToken) => {
    // Kept by hash, so the cache holds no bearer tokens that a heap dump could replay.
    const key = createHash('sha256').update(accessToken).digest('base64url');
    const cached = entries.get(key);
    if (cached && (cached.until > now() || !cached.outcome.ok)) return cached.outcome;
    const pending = inFlight.get(key);
    if (pending) return pending;
    const asked = check(accessToken).then((outcome) => {
      const keep = outcome.ok || outcome.status === 401;
      if (keep) {
        entries.delete(key);
        entries.set(key, { outcome, until: now() + ttlMs });
        // Insertion order is age order: drop the oldest beyond the bound.
        for (const oldest of entries.keys()) {
          if (entries.size <= maxEntries) break;
          entries.delete(oldest);
        }
      }
      return outcome;
    });
    inFlight.set(key, asked);
    try {
      return await asked;
    } finally {
      inFlight.delete(key);
    }
  };
}
