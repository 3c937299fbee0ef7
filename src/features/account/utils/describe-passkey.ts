import { formatTimestamp } from '../../../lib/api/format-timestamp';
import type { Passkey } from '../../../lib/auth/list-passkeys';

/** WebAuthn's authenticatorAttachment in words; undefined when the authenticator did not say. */
export function authenticatorKind(passkey: Passkey): string | undefined {
  if (passkey.attachment === 'platform') return 'Built into a device';
  if (passkey.attachment === 'cross-platform') return 'Security key or another device';
  return undefined;
}

/**
 * Enough to tell passkeys apart, as the list shows them: several may share the name Cognito
 * gives them ("Passkey"), so when and where each was added go with it.
 */
export function passkeyLabel(passkey: Passkey): string {
  const kind = authenticatorKind(passkey);
  return [
    passkey.name,
    passkey.createdAt && `added ${formatTimestamp(passkey.createdAt)}`,
    kind?.toLowerCase(),
  ]
    .filter(Boolean)
    .join(', ');
}
