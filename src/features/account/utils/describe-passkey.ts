import { formatTimestamp } from '../../../lib/api/format-timestamp';
import type { Passkey } from '../../../lib/auth/list-passkeys';
import { type SecurityMessageId, securityMessages } from '../security-messages';

/** WebAuthn's authenticatorAttachment in words; undefined when the authenticator did not say. */
export function authenticatorKind(passkey: Passkey): string | undefined {
  const kind = attachmentKind(passkey);
  return kind && securityMessages.t(KIND_WORDS[kind]);
}

type Attachment = 'platform' | 'cross-platform';

const KIND_WORDS: Record<Attachment, SecurityMessageId> = {
  platform: 'security.passkeys.platform',
  'cross-platform': 'security.passkeys.crossPlatform',
};

const attachmentKind = (passkey: Passkey): Attachment | undefined =>
  passkey.attachment === 'platform' || passkey.attachment === 'cross-platform'
    ? passkey.attachment
    : undefined;

/**
 * Enough to tell passkeys apart, as the list shows them: several may share the name Cognito
 * gives them ("Passkey"), so when and where each was added go with it.
 */
export function passkeyLabel(passkey: Passkey): string {
  const { t } = securityMessages;
  const { name, createdAt } = passkey;
  const kind = attachmentKind(passkey);
  const date = createdAt && formatTimestamp(createdAt);
  if (date && kind) return t('security.passkeys.labelAddedKind', { name, date, kind });
  if (date) return t('security.passkeys.labelAdded', { name, date });
  if (kind) return t('security.passkeys.labelKind', { name, kind });
  return name;
}
