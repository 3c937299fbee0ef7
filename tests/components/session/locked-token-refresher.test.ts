import { describe, expect, it, vi } from 'vitest';
import {
  createLockedRefresher,
  type LockManagerLike,
  type RotationEntry,
  SIGNED_OUT_ELSEWHERE,
} from '../../../src/lib/auth/locked-token-refresher';
import { startTestCognito, TEST_PASSWORD, type TestCognito } from '../support/test-cognito';

interface Tokens {
  accessToken: { toString(): string; payload: { exp?: number } };
  refreshToken?: string;
  clockDrift: number;
  username: string;
}
interface Request {
  tokens: Tokens;
  username: string;
}

const decode = (jwt: string) => {
  const part = jwt.split('.')[1] ?? '';
  return JSON.parse(atob(part.replace(/-/g, '+').replace(/_/g, '/'))) as { exp?: number };
};

const toTokens = (result: { AccessToken: string; RefreshToken?: string }): Tokens => ({
  accessToken: { toString: () => result.AccessToken, payload: decode(result.AccessToken) },
  refreshToken: result.RefreshToken,
  clockDrift: 0,
  username: 'dana',
});

/** Web Locks stand-in shared by every "tab" of one test: exclusive, first come first served. */
function createLocks(): LockManagerLike {
  let tail: Promise<unknown> = Promise.resolve();
  return {
    request(_name, _options, callback) {
      const run = tail.then(callback);
      tail = run.catch(() => undefined);
      return run;
    },
  };
}

/** A pool with rotation and no grace period: any second use of a refresh token is theft. */
async function signedIn() {
  const cognito = await startTestCognito(
    {},
    { RefreshTokenRotation: { Feature: 'ENABLED', RetryGracePeriodSeconds: 0 } },
  );
  await cognito.addUser('dana@example.com');
  const auth = (await cognito.emulator.call('InitiateAuth', {
    ClientId: cognito.clientId,
    AuthFlow: 'USER_PASSWORD_AUTH',
    AuthParameters: { USERNAME: 'dana@example.com', PASSWORD: TEST_PASSWORD },
  })) as { AuthenticationResult: { AccessToken: string; RefreshToken: string } };
  return { cognito, initial: toTokens(auth.AuthenticationResult) };
}

/** One browser: shared storage and locks; each call to `tab()` is a tab with its own refresher. */
function browser(cognito: TestCognito, initial: Tokens, locks: LockManagerLike | undefined) {
  let stored: Tokens | null = initial;
  const cognitoCalls: string[] = [];
  const refresh = vi.fn(async ({ tokens }: Request) => {
    cognitoCalls.push(tokens.refreshToken ?? '');
    const result = (await cognito.emulator.call('GetTokensFromRefreshToken', {
      ClientId: cognito.clientId,
      RefreshToken: tokens.refreshToken,
    })) as { AuthenticationResult: { AccessToken: string; RefreshToken?: string } };
    return toTokens(result.AuthenticationResult);
  });
  const tab = (now?: () => number) =>
    createLockedRefresher<Tokens, Request>({
      refresh,
      load: async () => stored,
      store: async (tokens) => {
        stored = tokens;
      },
      locks,
      now,
    });
  return {
    tab,
    refresh,
    cognitoCalls,
    stored: () => stored,
    signOut: () => {
      stored = null;
    },
  };
}

const familyRevoked = (cognito: TestCognito) =>
  Object.values(cognito.emulator.state.pools[cognito.poolId]?.families ?? {}).some(
    (family) => family.revoked,
  );

describe('the cross-tab token refresh lock', () => {
  it('lets two tabs refreshing at once make one Cognito call and share the result', async () => {
    const { cognito, initial } = await signedIn();
    const b = browser(cognito, initial, createLocks());
    const [tabA, tabB] = [b.tab(), b.tab()];

    const request = { tokens: initial, username: 'dana' };
    const [a, c] = await Promise.all([tabA(request), tabB(request)]);

    expect(b.refresh).toHaveBeenCalledTimes(1);
    expect(a.refreshToken).not.toBe(initial.refreshToken);
    expect(c.refreshToken).toBe(a.refreshToken);
    expect(b.stored()?.refreshToken).toBe(a.refreshToken);
    expect(familyRevoked(cognito)).toBe(false);
  });

  it('never sends a refresh token another tab already rotated', async () => {
    const { cognito, initial } = await signedIn();
    const b = browser(cognito, initial, createLocks());
    const rotated = await b.tab()({ tokens: initial, username: 'dana' });

    // Tab B read the tokens before tab A rotated them: it takes A's fresh tokens instead.
    const seen = await b.tab()({ tokens: initial, username: 'dana' });
    expect(seen.refreshToken).toBe(rotated.refreshToken);
    expect(b.refresh).toHaveBeenCalledTimes(1);

    // Once those are due too, B refreshes with the stored (current) token, not its old copy.
    const later = () => Date.now() + 2 * 60 * 60 * 1000;
    const next = await b.tab(later)({ tokens: initial, username: 'dana' });
    expect(b.cognitoCalls).toEqual([initial.refreshToken, rotated.refreshToken]);
    expect(next.refreshToken).not.toBe(rotated.refreshToken);
    expect(familyRevoked(cognito)).toBe(false);
  });

  it('shows what reusing a rotated token would cost: Cognito revokes the session', async () => {
    const { cognito, initial } = await signedIn();
    const b = browser(cognito, initial, createLocks());
    await b.tab()({ tokens: initial, username: 'dana' });

    await expect(
      cognito.emulator.call('GetTokensFromRefreshToken', {
        ClientId: cognito.clientId,
        RefreshToken: initial.refreshToken,
      }),
    ).rejects.toMatchObject({ name: 'RefreshTokenReuseException' });
    expect(familyRevoked(cognito)).toBe(true);
  });

  it('makes one call for concurrent refreshes in one tab, even without Web Locks', async () => {
    const { cognito, initial } = await signedIn();
    const b = browser(cognito, initial, undefined);
    const tab = b.tab();

    const request = { tokens: initial, username: 'dana' };
    const results = await Promise.all([tab(request), tab(request), tab(request)]);

    expect(b.refresh).toHaveBeenCalledTimes(1);
    expect(new Set(results.map((t) => t.refreshToken)).size).toBe(1);
  });

  it('does not bring back a session another tab signed out of while this one waited', async () => {
    const { cognito, initial } = await signedIn();
    const b = browser(cognito, initial, createLocks());
    b.signOut();

    await expect(b.tab()({ tokens: initial, username: 'dana' })).rejects.toMatchObject({
      name: 'NotAuthorizedException',
      message: SIGNED_OUT_ELSEWHERE,
    });
    expect(b.refresh).not.toHaveBeenCalled();
    expect(b.stored()).toBeNull();
  });

  it('gives up waiting for a stuck tab with a passing error, keeping the session', async () => {
    const { cognito, initial } = await signedIn();
    const stuck: LockManagerLike = {
      request: (_name, { signal }) =>
        new Promise((_resolve, reject) => {
          signal?.addEventListener('abort', () => reject(signal.reason));
        }),
    };
    const b = browser(cognito, initial, stuck);
    const tab = createLockedRefresher<Tokens, Request>({
      refresh: b.refresh,
      load: async () => b.stored(),
      store: async () => undefined,
      locks: stuck,
      lockTimeoutMs: 50,
    });

    await expect(tab({ tokens: initial, username: 'dana' })).rejects.toMatchObject({
      name: 'TokenRefreshLockTimeout',
    });
    expect(b.refresh).not.toHaveBeenCalled();
    expect(b.stored()).toBe(initial);
  });

  it('does not reuse a token when this tab’s storage lags behind the other tab’s write', async () => {
    // Chromium passes localStorage writes to other processes a little late: the lock may
    // reach tab B before tab A's new tokens do. The rotation ledger closes that gap.
    const { cognito, initial } = await signedIn();
    const locks = createLocks();
    let entry: RotationEntry<Tokens> | null = null;
    const ledger = {
      read: async () => entry,
      write: async (next: RotationEntry<Tokens>) => {
        entry = next;
      },
    };
    const b = browser(cognito, initial, locks);
    const tabA = createLockedRefresher<Tokens, Request>({
      refresh: b.refresh,
      load: async () => b.stored(),
      store: async () => undefined, // A's write has not reached B yet…
      locks,
      ledger,
    });
    const tabB = createLockedRefresher<Tokens, Request>({
      refresh: b.refresh,
      load: async () => initial, // …so B still reads the spent token.
      store: async () => undefined,
      locks,
      ledger,
    });

    const request = { tokens: initial, username: 'dana' };
    const [a, c] = await Promise.all([tabA(request), tabB(request)]);

    expect(b.refresh).toHaveBeenCalledTimes(1);
    expect(c.refreshToken).toBe(a.refreshToken);
    expect(familyRevoked(cognito)).toBe(false);
  });
});
