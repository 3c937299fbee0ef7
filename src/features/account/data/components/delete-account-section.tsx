import { useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { useNavigate } from 'react-router';
import { ControlledTextField } from '../../../../components/forms/controlled-text-field';
import { FormError, useFormFocus } from '../../../../components/forms/form-error';
import { SubmitButton } from '../../../../components/forms/submit-button';
import { SectionCard } from '../../../../components/section-card';
import { Flex, Text } from '../../../../components/ui';
import { paths } from '../../../../config/paths';
import { useDeleteUser } from '../../../../lib/auth/delete-user';
import { useCurrentSession } from '../../../../lib/auth/get-current-session';
import { useI18n } from '../../../../lib/i18n/use-i18n';
import { forgetUserData } from '../../../../lib/session/user-data';
import type { Announce } from '../../utils/announcer';
import { useDeleteApiData } from '../api/delete-api-data';
import { dataMessages } from '../data-messages';
import { describeDataError } from '../utils/describe-data-error';
import { PartlyDeletedAlert } from './partly-deleted-alert';

// The word to type is the language's own ("LÖSCHEN"); the English one works in every language,
// so a page switched mid-way never refuses what it asked for a moment before.
const CONFIRM_WORD = 'DELETE';
const isConfirmed = (typed: string, word: string) =>
  [word.toUpperCase(), CONFIRM_WORD].includes(typed.trim().toUpperCase());

/**
 * Deletes the account in two steps: the API's data first, then the Cognito user. If the API
 * step fails nothing is gone; if the Cognito step fails after it, the page says exactly that
 * and retries only what is left. The other order could strand data no one can reach.
 */
export function DeleteAccountSection({ announce }: { announce: Announce }) {
  const session = useCurrentSession();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const removeData = useDeleteApiData();
  const removeUser = useDeleteUser();
  const [typed, setTyped] = useState('');
  // Whether the typed word was refused: worded at each render, in the page's language.
  const [unconfirmed, setUnconfirmed] = useState(false);
  // The data is gone and the sign-in account is not: only the second step is left.
  const [partial, setPartial] = useState(false);
  const [leaving, setLeaving] = useState(false);
  const form = useFormFocus();
  const { t } = useI18n(dataMessages);
  const word = t('data.delete.word');
  const fieldError = unconfirmed ? t('data.delete.confirmMissing', { word }) : undefined;
  const busy = removeData.isPending || removeUser.isPending || leaving;

  const leave = async () => {
    setLeaving(true);
    // Away from the signed-in pages first, so the emptied cache never shows "signed out" here.
    await navigate(paths.goodbye.getHref(), { replace: true });
    forgetUserData(queryClient);
  };

  const deleteSignInAccount = () => {
    announce(t('data.delete.dataGone'));
    removeUser.mutateAsync().then(leave, () => {
      setPartial(true);
      form.focus('partial');
    });
  };

  const handleSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (busy) return;
    if (!isConfirmed(typed, word)) {
      setUnconfirmed(true);
      form.focus('confirm');
      return;
    }
    setUnconfirmed(false);
    removeData.mutateAsync().then(deleteSignInAccount, () => form.focus('error'));
  };

  const retry = () => {
    if (!busy) deleteSignInAccount();
  };

  return (
    <SectionCard title={t('data.delete.title')}>
      {partial ? (
        <PartlyDeletedAlert
          id={form.id('partial')}
          error={removeUser.error}
          isRetrying={busy}
          onRetry={retry}
        />
      ) : (
        <Flex as="form" direction="column" gap="medium" noValidate onSubmit={handleSubmit}>
          <Text>{t('data.delete.intro')}</Text>
          <ul>
            <li>{t('data.delete.api')}</li>
            <li>
              {session?.email
                ? t('data.delete.accountOf', { email: session.email })
                : t('data.delete.account')}
            </li>
            <li>{t('data.delete.signOut')}</li>
          </ul>
          <Text>{t('data.delete.later')}</Text>
          <ControlledTextField
            id={form.id('confirm')}
            label={t('data.delete.confirmLabel', { word })}
            value={typed}
            onChange={(value) => {
              setTyped(value);
              if (unconfirmed && isConfirmed(value, word)) setUnconfirmed(false);
            }}
            errorMessage={fieldError}
            autoComplete="off"
            verbatim
          />
          <FormError
            id={form.id('error')}
            heading={t('data.delete.failed')}
            error={
              removeData.isError
                ? {
                    message: t('data.delete.nothingDeleted', {
                      reason: describeDataError(removeData.error),
                    }),
                  }
                : undefined
            }
          />
          <Flex>
            <SubmitButton
              variation="destructive"
              isLoading={busy}
              loadingText={
                removeData.isPending
                  ? t('data.delete.deletingData')
                  : t('data.delete.deletingAccount')
              }
            >
              {t('data.delete.button')}
            </SubmitButton>
          </Flex>
        </Flex>
      )}
    </SectionCard>
  );
}
