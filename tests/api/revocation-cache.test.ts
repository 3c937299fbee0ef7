import { describe, expect, it } from 'vitest';
import type { RevocationOutcome } from '../../local/api/check-revocation.ts';
import { cacheRevocation } from '../../local/api/revocation-cache.ts';

const LIVE: RevocationOutcome = { ok: true };
const REVOKED: RevocationOutcome = {
  ok: false,
  status: 401,
  description: 'Access Token has been revoked',
  reason: 'revoked',
};
const DOWN: RevocationOutcome = {
  ok: false,
  status: 503,
  description: 'Could not confirm the session with Cognito',
  reason: 'GetUser 500',
};

/** A checker answering from `answers` by token, counting its calls, on a clock the test moves. */
function setUp(options: { ttlSeconds?: number; maxEntries?: number } = {}) {
  const answers = new Map<string, RevocationOutcome>();
  const calls: string[] = [];
  let now = 1_000_000;
  const check = cacheRevocation(
    async (token) => {
      calls.push(token);
      return answers.get(token) ?? LIVE;
    },
    { ...options, now: () => now },
  );
  return { answers, calls, check, advance: (ms: number) => (now += ms) };
}

describe('cacheRevocation', () => {
  it('asks Cognito once per token per window', async () => {
    const { calls, check, advance } = setUp({ ttlSeconds: 5 });
    expect(await check('a')).toEqual(LIVE);
    advance(4_999);
    expect(await check('a')).toEqual(LIVE);
    expect(await check('b')).toEqual(LIVE);
    expect(calls).toEqual(['a', 'b']);
    advance(1);
    await check('a');
    expect(calls).toEqual(['a', 'b', 'a']);
  });

  it('notices a revocation at the first call after the window, and keeps refusing', async () => {
    const { answers, calls, check, advance } = setUp({ ttlSeconds: 5 });
    await check('a');
    answers.set('a', REVOKED);
    advance(2_000);
    expect(await check('a')).toEqual(LIVE);
    advance(3_000);
    expect(await check('a')).toEqual(REVOKED);
    answers.set('a', LIVE);
    advance(60_000);
    expect(await check('a')).toEqual(REVOKED);
    expect(calls).toHaveLength(2);
  });

  it('never keeps "Cognito unavailable": the next call asks again', async () => {
    const { answers, calls, check } = setUp();
    answers.set('a', DOWN);
    expect(await check('a')).toEqual(DOWN);
    answers.set('a', LIVE);
    expect(await check('a')).toEqual(LIVE);
    expect(calls).toEqual(['a', 'a']);
  });

  it('shares one Cognito call between concurrent checks of a token', async () => {
    const { calls, check } = setUp();
    const outcomes = await Promise.all([check('a'), check('a'), check('a')]);
    expect(outcomes).toEqual([LIVE, LIVE, LIVE]);
    expect(calls).toEqual(['a']);
  });

  it('forgets the oldest tokens beyond its bound', async () => {
    const { calls, check } = setUp({ maxEntries: 2 });
    await check('a');
    await check('b');
    await check('c');
    await check('c');
    await check('a');
    expect(calls).toEqual(['a', 'b', 'c', 'a']);
  });
});
