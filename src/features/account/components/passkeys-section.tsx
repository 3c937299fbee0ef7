import { useId, useState } from 'react';
import { useFocusAfterRender } from '../../../components/forms/form-error';
import { QueryState } from '../../../components/query-state';
import { SectionCard } from '../../../components/section-card';
import { Flex, Heading, Text } from '../../../components/ui';
import { describeAccountError } from '../../../lib/auth/account-error';
import { useAddPasskey } from '../../../lib/auth/add-passkey';
import { useDeletePasskey } from '../../../lib/auth/delete-passkey';
import { type Passkey, usePasskeys } from '../../../lib/auth/list-passkeys';
import { passkeysSupported } from '../../../lib/webauthn/passkey-support';
import type { Announce } from '../utils/announcer';
import { ActionButton } from './action-button';
import { LoadFailed } from './load-failed';
import { deleteButtonId, PasskeyList } from './passkey-list';

const ignore = () => undefined;

/** Passkeys: the list, adding one from this browser, and deleting one after a confirmation. */
export function PasskeysSection({ announce }: { announce: Announce }) {
  const listHeadingId = useId();
  const focus = useFocusAfterRender();
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
        <QueryState
          query={passkeys}
          loading="Loading your passkeys…"
          failed={(failure) => <LoadFailed heading="Could not load your passkeys" {...failure} />}
        >
          {(data) => (
            <PasskeyList
              passkeys={data}
              confirmingId={confirmingId}
              isDeleting={remove.isPending}
              deleteError={
                remove.error ? describeAccountError(remove.error, 'account').message : undefined
              }
              onDelete={askToDelete}
              onConfirm={confirmDelete}
              onCancel={cancelDelete}
            />
          )}
        </QueryState>
        {canAdd ? (
          <ActionButton
            variation="primary"
            onClick={addPasskey}
            action={add}
            loadingText="Waiting for your device…"
            errorHeading="The passkey was not added"
          >
            Add a passkey
          </ActionButton>
        ) : (
          <Text>
            This browser cannot create passkeys. To add one, open this page in a browser that
            supports them.
          </Text>
        )}
      </Flex>
    </SectionCard>
  );
}
