import { useId, useState } from 'react';
import { SectionCard } from '../../../components/section-card';
import { Alert, Button, Flex, Heading, Text } from '../../../components/ui';
import { passkeysSupported } from '../../../lib/webauthn/passkey-support';
import { useAddPasskey } from '../../auth/api/add-passkey';
import { useDeletePasskey } from '../../auth/api/delete-passkey';
import { type Passkey, usePasskeys } from '../../auth/api/list-passkeys';
import { describeAuthError } from '../../auth/utils/auth-error';
import type { Announce } from '../utils/announcer';
import { useFocusLater } from '../utils/use-focus-later';
import { deleteButtonId, PasskeyList } from './passkey-list';
import { LoadFailed, Loading } from './query-state';

const ignore = () => undefined;

/** Passkeys: the list, adding one from this browser, and deleting one after a confirmation. */
export function PasskeysSection({ announce }: { announce: Announce }) {
  const listHeadingId = useId();
  const focus = useFocusLater();
  const passkeys = usePasskeys();
  const add = useAddPasskey();
  const remove = useDeletePasskey();
  const [confirmingId, setConfirmingId] = useState<string>();
  // Listing and deleting work anywhere; creating one needs WebAuthn in a secure context.
  const canAdd = passkeysSupported();

  const addPasskey = () => {
    if (add.isPending) return;
    add.mutateAsync().then(() => announce('Passkey added.'), ignore);
  };

  const askToDelete = (passkey: Passkey) => {
    remove.reset();
    setConfirmingId(passkey.id);
  };

  const confirmDelete = (passkey: Passkey) => {
    if (remove.isPending) return;
    remove.mutateAsync(passkey).then(() => {
      setConfirmingId(undefined);
      // Its row is gone: keep focus next to where it was.
      focus(listHeadingId);
      announce(`Passkey deleted: ${passkey.name}.`);
    }, ignore);
  };

  const cancelDelete = (passkey: Passkey) => {
    setConfirmingId(undefined);
    remove.reset();
    focus(deleteButtonId(passkey));
  };

  return (
    <SectionCard title="Passkeys">
      <Flex direction="column" gap="medium">
        <Text>
          Sign in with your fingerprint, face or device PIN instead of your password. A passkey is
          both steps in one, so no code is asked for.
        </Text>
        <Heading level={3} id={listHeadingId} tabIndex={-1}>
          Your passkeys
        </Heading>
        {passkeys.isPending ? (
          <Loading label="Loading your passkeys…" />
        ) : passkeys.isError ? (
          <LoadFailed
            heading="Could not load your passkeys"
            error={passkeys.error}
            onRetry={() => void passkeys.refetch()}
            isRetrying={passkeys.isFetching}
          />
        ) : (
          <PasskeyList
            passkeys={passkeys.data}
            confirmingId={confirmingId}
            isDeleting={remove.isPending}
            deleteError={
              remove.error ? describeAuthError(remove.error, 'account').message : undefined
            }
            onDelete={askToDelete}
            onConfirm={confirmDelete}
            onCancel={cancelDelete}
          />
        )}
        {canAdd ? (
          <div>
            <Button
              variation="primary"
              onClick={addPasskey}
              isLoading={add.isPending}
              loadingText="Waiting for your device…"
            >
              Add a passkey
            </Button>
          </div>
        ) : (
          <Text>
            This browser cannot create passkeys. To add one, open this page in a browser that
            supports them.
          </Text>
        )}
        {add.error && (
          <Alert variation="error" heading="The passkey was not added">
            {describeAuthError(add.error, 'account').message}
          </Alert>
        )}
      </Flex>
    </SectionCard>
  );
}
