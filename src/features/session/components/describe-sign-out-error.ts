import { getAuthErrorName } from '../../../lib/auth/auth-error-name';
import { sessionMessages } from '../session-messages';

/**
 * Why signing out failed, in words for the header. Its own two cases, so every page's first
 * script does not carry the sign-in forms' messages (lib/auth/auth-error.ts). A session that
 * has already ended needs no message: the session layer takes the visitor to sign-in.
 */
export function describeSignOutError(error: unknown): string {
  const name = getAuthErrorName(error);
  return name === 'NetworkError'
    ? sessionMessages.t('session.signOutNetwork')
    : sessionMessages.t('session.signOutUnknown', { name });
}
