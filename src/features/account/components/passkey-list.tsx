import { ConfirmPanel } from '../../../components/confirm-panel';
import { Button, Text } from '../../../components/ui';
import { formatTimestamp } from '../../../lib/api/format-timestamp';
import type { Passkey } from '../../../lib/auth/list-passkeys';
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
  if (passkeys.length === 0) {
    return <Text>You have no passkeys yet.</Text>;
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
                {passkey.createdAt && (
                  <>
                    Added{' '}
                    <time dateTime={passkey.createdAt}>{formatTimestamp(passkey.createdAt)}</time>
                  </>
                )}
                {passkey.createdAt && kind && ' · '}
                {kind}
              </Text>
            </div>
            {confirmingId === passkey.id ? (
              <ConfirmPanel
                question={`Delete the passkey “${passkey.name}”?`}
                detail="You will no longer be able to sign in with it. You can also remove it from your device or password manager."
                confirmLabel="Delete passkey"
                pendingLabel="Deleting…"
                cancelLabel="Keep it"
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
                aria-label={`Delete passkey: ${passkeyLabel(passkey)}`}
                onClick={() => onDelete(passkey)}
                isDisabled={isDeleting}
              >
                Delete
              </Button>
            )}
          </li>
        );
      })}
    </ul>
  );
}
