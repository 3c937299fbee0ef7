import { useId, useState } from 'react';
import { useFocusAfterRender } from '../../../components/forms/form-error';
import { QueryState } from '../../../components/query-state';
import { SectionCard } from '../../../components/section-card';
import { Flex, Heading, Text } from '../../../components/ui';
import { describeAccountError } from '../../../lib/auth/account-error';
import { useAddPasskey } from '../../../lib/auth/add-passkey';
import { useDeletePasskey } from '../../../lib/auth/delete-passkey';
import { type Passkey, usePasskeys } from '../../../lib/auth/list-passkeys';
import { useI18n } from '../../../lib/i18n/use-i18n';
import { passkeysSupported } from '../../../lib/webauthn/passkey-support';
import { securityMessages } from '../security-messages';
import type { Announce } from '../utils/announcer';
import { ActionButton } from './action-button';
import { LoadFailed } from './load-failed';
import { deleteButtonId, PasskeyList } from './passkey-list';

const ignore = () => undefined;

/** Passkeys: the list, adding one from this browser, and deleting one after a confirmation. */
export function PasskeysSection({ announce }: { announce: Announce }) {
  const { t } = useI18n(securityMessages);
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
    add.mutateAsync().then(() => announce(t('security.passkeys.added')), ignore);
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
      announce(t('security.passkeys.deleted', { name: passkey.name }));
    }, ignore);
  };

  const cancelDelete = (passkey: Passkey) => {
    setConfirmingId(undefined);
    remove.reset();
    focus(deleteButtonId(passkey));
  };

  return (
    <SectionCard title={t('security.passkeys.title')}>
      <Flex direction="column" gap="medium">
        <Text>{t('security.passkeys.intro')}</Text>
        <Heading level={3} id={listHeadingId} tabIndex={-1}>
          {t('security.passkeys.listTitle')}
        </Heading>
        <QueryState
          query={passkeys}
          loading={t('security.passkeys.loading')}
          failed={(failure) => (
            <LoadFailed heading={t('security.passkeys.loadFailed')} {...failure} />
          )}
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
            loadingText={t('security.passkeys.adding')}
            errorHeading={t('security.passkeys.addFailed')}
          >
            {t('security.passkeys.add')}
          </ActionButton>
        ) : (
          <Text>{t('security.passkeys.cannotAdd')}</Text>
        )}
      </Flex>
    </SectionCard>
  );
}
