import { ConfirmPanel } from '../../../components/confirm-panel';
import { Button, Text } from '../../../components/ui';
import { formatTimestamp } from '../../../lib/api/format-timestamp';
import type { Passkey } from '../../../lib/auth/list-passkeys';
import { rich } from '../../../lib/i18n/rich-text';
import { useI18n } from '../../../lib/i18n/use-i18n';
import { securityMessages } from '../security-messages';
import { authenticatorKind, passkeyLabel } from '../utils/describe-passkey';

interface PasskeyListProps {
  readonly passkeys: readonly Passkey[];
  /** The passkey whose deletion is being confirmed. */
  readonly confirmingId?: string;
  readonly isDeleting: boolean;
  readonly deleteError?: string;
  readonly onDelete: (passkey: Passkey) => void;
  readonly onConfirm: (passkey: Passkey) => void;
  readonly onCancel: (passkey: Passkey) => void;
}

/** The DOM id of a passkey's Delete button, so focus can go back to it after "Cancel". */
export const deleteButtonId = (passkey: Passkey) => `passkey-delete-${passkey.id}`;

/** Each passkey with when it was added and what holds it, and its own Delete. */
export function PasskeyList({
  passkeys,
  confirmingId,
  isDeleting,
  deleteError,
  onDelete,
  onConfirm,
  onCancel,
}: PasskeyListProps) {
  const { t } = useI18n(securityMessages);
  if (passkeys.length === 0) {
    return <Text>{t('security.passkeys.none')}</Text>;
  }
  return (
    <ul className="account-list">
      {passkeys.map((passkey) => {
        const kind = authenticatorKind(passkey);
        return (
          <li key={passkey.id}>
            <div>
              <p className="account-passkey__name">{passkey.name}</p>
              <Text as="span" fontSize="small" className="account-muted">
                {passkey.createdAt
                  ? rich(
                      t(kind ? 'security.passkeys.addedOnKind' : 'security.passkeys.addedOn', {
                        date: formatTimestamp(passkey.createdAt),
                        kind: kind ?? '',
                      }),
                      [(date) => <time dateTime={passkey.createdAt}>{date}</time>],
                    )
                  : kind}
              </Text>
            </div>
            {confirmingId === passkey.id ? (
              <ConfirmPanel
                question={t('security.passkeys.deleteQuestion', { name: passkey.name })}
                detail={t('security.passkeys.deleteDetail')}
                confirmLabel={t('security.passkeys.confirmDelete')}
                pendingLabel={t('security.passkeys.deleting')}
                cancelLabel={t('security.passkeys.keep')}
                isPending={isDeleting}
                error={deleteError}
                onConfirm={() => onConfirm(passkey)}
                onCancel={() => onCancel(passkey)}
              />
            ) : (
              // The visible word starts the name (WCAG label in name); the rest says which one.
              <Button
                id={deleteButtonId(passkey)}
                size="small"
                variation="destructive"
                aria-label={t('security.passkeys.deleteNamed', { label: passkeyLabel(passkey) })}
                onClick={() => onDelete(passkey)}
                isDisabled={isDeleting}
              >
                {t('security.passkeys.delete')}
              </Button>
            )}
          </li>
        );
      })}
    </ul>
  );
}
