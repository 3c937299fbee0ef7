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
import { forgetUserData } from '../../../../lib/session/user-data';
import type { Announce } from '../../utils/announcer';
import { useDeleteApiData } from '../api/delete-api-data';
import { describeDataError } from '../utils/describe-data-error';
import { PartlyDeletedAlert } from './partly-deleted-alert';

const CONFIRM_WORD = 'DELETE';
const isConfirmed = (typed: string) => typed.trim().toUpperCase() === CONFIRM_WORD;

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
  const [fieldError, setFieldError] = useState<string>();
  // The data is gone and the sign-in account is not: only the second step is left.
  const [partial, setPartial] = useState(false);
  const [leaving, setLeaving] = useState(false);
  const form = useFormFocus();
  const busy = removeData.isPending || removeUser.isPending || leaving;

  const leave = async () => {
    setLeaving(true);
    // Away from the signed-in pages first, so the emptied cache never shows "signed out" here.
    await navigate(paths.goodbye.getHref(), { replace: true });
    forgetUserData(queryClient);
  };

  const deleteSignInAccount = () => {
    announce('Your data is deleted. Deleting your sign-in account…');
    removeUser.mutateAsync().then(leave, () => {
      setPartial(true);
      form.focus('partial');
    });
  };

  const handleSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (busy) return;
    if (!isConfirmed(typed)) {
      setFieldError(`Type ${CONFIRM_WORD} to confirm that you want to delete your account.`);
      form.focus('confirm');
      return;
    }
    setFieldError(undefined);
    removeData.mutateAsync().then(deleteSignInAccount, () => form.focus('error'));
  };

  const retry = () => {
    if (!busy) deleteSignInAccount();
  };

  return (
    <SectionCard title="Delete your account">
      {partial ? (
        <PartlyDeletedAlert
          id={form.id('partial')}
          error={removeUser.error}
          isRetrying={busy}
          onRetry={retry}
        />
      ) : (
        <Flex as="form" direction="column" gap="medium" noValidate onSubmit={handleSubmit}>
          <Text>Deleting your account cannot be undone. It:</Text>
          <ul>
            <li>deletes your notes and your record in the app’s API;</li>
            <li>
              deletes your sign-in account
              {session?.email ? ` (${session.email})` : ''}: your password, your details, your
              two-step verification settings and your passkeys;
            </li>
            <li>signs you out on every device.</li>
          </ul>
          <Text>
            You can sign up again later, but as a new account with none of this. Download your data
            first if you want a copy.
          </Text>
          <ControlledTextField
            id={form.id('confirm')}
            label={`Type ${CONFIRM_WORD} to confirm`}
            value={typed}
            onChange={(value) => {
              setTyped(value);
              if (fieldError && isConfirmed(value)) setFieldError(undefined);
            }}
            errorMessage={fieldError}
            autoComplete="off"
            verbatim
          />
          <FormError
            id={form.id('error')}
            heading="Your account was not deleted"
            error={
              removeData.isError
                ? {
                    message: `Nothing was deleted. ${describeDataError(removeData.error)}`,
                  }
                : undefined
            }
          />
          <Flex>
            <SubmitButton
              variation="destructive"
              isLoading={busy}
              loadingText={
                removeData.isPending ? 'Deleting your data…' : 'Deleting your sign-in account…'
              }
            >
              Delete my account
            </SubmitButton>
          </Flex>
        </Flex>
      )}
    </SectionCard>
  );
}
