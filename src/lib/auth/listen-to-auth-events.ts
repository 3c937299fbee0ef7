import { AUTH_KEY_PREFIX } from 'aws-amplify/auth/cognito';
import { Hub } from 'aws-amplify/utils';
import { SIGNED_OUT_ELSEWHERE } from './locked-token-refresher';

/** What the session layer needs to hear about; names are ours, not Amplify's. */
export type AuthEvent =
  | { readonly type: 'signed-in' }
  | { readonly type: 'signed-out' }
  | { readonly type: 'tokens-refreshed' }
  /** `sessionOver`: Cognito will not refresh again (revoked, expired, disabled, reused). */
  | { readonly type: 'refresh-failed'; readonly errorName: string; readonly sessionOver: boolean }
  /** Another tab changed the stored tokens; `signInChanged` when someone signed in or out. */
  | { readonly type: 'changed-elsewhere'; readonly signInChanged: boolean };

// The refresh failures after which only a new sign-in helps; Amplify drops the tokens too.
const SESSION_OVER = [
  'NotAuthorizedException',
  'TokenRevokedException',
  'RefreshTokenReuseException',
  'UserNotFoundException',
  'UserNotConfirmedException',
  'PasswordResetRequiredException',
];

/** True for refresh errors that end the session; network, throttling and 5xx do not. */
export const isSessionOverError = (name: string) =>
  SESSION_OVER.some((prefix) => name.startsWith(prefix));

function refreshFailed(error: unknown): AuthEvent {
  const errorName = error instanceof Error && error.name ? error.name : 'UnknownError';
  // Tokens vanished mid-refresh because another tab signed out: a sign-out, not an ending.
  if (error instanceof Error && error.message === SIGNED_OUT_ELSEWHERE) {
    return { type: 'changed-elsewhere', signInChanged: true };
  }
  return { type: 'refresh-failed', errorName, sessionOver: isSessionOverError(errorName) };
}

/**
 * Other tabs write Amplify's keys in localStorage; the browser tells us through `storage`
 * events, which never fire in the tab that wrote. A sign-in or sign-out touches several keys
 * at once, so changes are gathered for a moment and reported once.
 */
function watchOtherTabs(clientId: string, onEvent: (event: AuthEvent) => void): () => void {
  if (typeof window === 'undefined') return () => undefined;
  const prefix = `${AUTH_KEY_PREFIX}.${clientId}.`;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let signInChanged = false;
  const onStorage = (event: StorageEvent) => {
    const cleared = event.key === null;
    const key = event.key ?? '';
    if (!cleared && !key.startsWith(prefix)) return;
    const tokenKey = key.endsWith('.accessToken') || key.endsWith('.refreshToken');
    if (!cleared && !tokenKey && !key.endsWith('.LastAuthUser')) return;
    // Tokens or a user that appear or disappear mean a sign-in or sign-out; a value that
    // changes into another (rotation, a new access token) is just a refresh.
    if (cleared || key.endsWith('.LastAuthUser') || !event.oldValue || !event.newValue) {
      signInChanged = true;
    }
    clearTimeout(timer);
    timer = setTimeout(() => {
      const changed = signInChanged;
      signInChanged = false;
      onEvent({ type: 'changed-elsewhere', signInChanged: changed });
    }, 50);
  };
  window.addEventListener('storage', onStorage);
  return () => {
    clearTimeout(timer);
    window.removeEventListener('storage', onStorage);
  };
}

/**
 * Subscribes to sign-in, sign-out and refresh outcomes in this tab (Amplify's Hub, whoever
 * triggered them: a timer, a route loader, the API client) and to token changes made by
 * other tabs. Returns the unsubscribe function.
 */
export function listenToAuthEvents(
  clientId: string,
  onEvent: (event: AuthEvent) => void,
): () => void {
  const stopHub = Hub.listen('auth', ({ payload }) => {
    switch (payload.event) {
      case 'signedIn':
        return onEvent({ type: 'signed-in' });
      case 'signedOut':
        return onEvent({ type: 'signed-out' });
      case 'tokenRefresh':
        return onEvent({ type: 'tokens-refreshed' });
      case 'tokenRefresh_failure':
        return onEvent(refreshFailed(payload.data?.error));
    }
  });
  const stopStorage = watchOtherTabs(clientId, onEvent);
  return () => {
    stopHub();
    stopStorage();
  };
}
