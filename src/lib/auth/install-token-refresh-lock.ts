import { cognitoUserPoolsTokenProvider, refreshAuthTokens } from 'aws-amplify/auth/cognito';
import type { AppConfig } from '../config/types';
import { createLockedRefresher, type LockManagerLike } from './locked-token-refresher';
import { createRefreshLedger } from './refresh-ledger';

const { tokenOrchestrator } = cognitoUserPoolsTokenProvider;

type Refresher = Parameters<typeof tokenOrchestrator.setTokenRefresher>[0];
type Request = Parameters<Refresher>[0];
type Tokens = Request['tokens'];

const browserLocks = (): LockManagerLike | undefined =>
  typeof navigator !== 'undefined' && navigator.locks
    ? (navigator.locks as unknown as LockManagerLike)
    : undefined;

/**
 * Replaces Amplify's token refresher with one that takes a lock shared by every tab and
 * re-reads storage inside it, so a rotated refresh token is never reused
 * (docs/decisions/0003-cross-tab-token-refresh.md). Call after Amplify is configured.
 */
export function installTokenRefreshLock({ tokenStorage }: Pick<AppConfig, 'tokenStorage'>): void {
  const store = tokenOrchestrator.getTokenStore();
  const refresher = createLockedRefresher<Tokens, Request>({
    refresh: refreshAuthTokens,
    load: () => store.loadTokens(),
    // Amplify stores the result again after we return; writing it here, still inside the
    // lock, is what keeps the next tab from reading the refresh token we just spent.
    store: (tokens, request) =>
      store.storeTokens({ ...tokens, signInDetails: request.tokens.signInDetails }),
    locks: browserLocks(),
    // Per-tab tokens ('session') are neither shared nor meant to outlive the tab.
    ledger: tokenStorage === 'local' ? createRefreshLedger<Tokens>() : undefined,
  });
  tokenOrchestrator.setTokenRefresher(refresher);
}
