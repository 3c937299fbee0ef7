import { type FormEvent, useState } from 'react';
import { FormError, useFormFocus } from '../../../components/forms/form-error';
import { HiddenUsername } from '../../../components/forms/hidden-username';
import { NewPasswordPair, useNewPassword } from '../../../components/forms/new-password-pair';
import { SubmitButton } from '../../../components/forms/submit-button';
import { SectionCard } from '../../../components/section-card';
import { Alert, Flex, PasswordField, Text } from '../../../components/ui';
import { describeAccountError } from '../../../lib/auth/account-error';
import { useChangePassword } from '../../../lib/auth/change-password';
import { useCurrentSession } from '../../../lib/auth/get-current-session';
import type { Announce } from '../utils/announcer';
import {
  checkPasswordChange,
  type PasswordField as Field,
  PASSWORD_FIELDS,
  type PasswordErrors,
} from '../utils/check-password-change';

// Cognito's word on these goes next to the field; on anything else, above the button.
const SHOWN_AT_FIELD: readonly string[] = ['currentPassword', 'password'];

/**
 * Change password: the current one, then a new one with the policy checklist. On failure every
 * field keeps what was typed; on success they are emptied and the page says so.
 */
export function ChangePasswordSection({ announce }: { announce: Announce }) {
  const session = useCurrentSession();
  const change = useChangePassword();
  const { id, focus } = useFormFocus();
  const [currentPassword, setCurrentPassword] = useState('');
  const newPassword = useNewPassword();
  const [errors, setErrors] = useState<PasswordErrors>({});

  const server = change.error ? describeAccountError(change.error, 'change-password') : undefined;
  const errorFor = (field: Field) =>
    errors[field] ??
    (server?.field === field && SHOWN_AT_FIELD.includes(field) ? server.message : undefined);

  const handleSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (change.isPending) return;
    change.reset();
    const found = checkPasswordChange(newPassword.policy, {
      currentPassword,
      password: newPassword.password,
      confirmPassword: newPassword.confirmPassword,
    });
    setErrors(found);
    const first = PASSWORD_FIELDS.find((field) => found[field]);
    if (first) {
      focus(first);
      return;
    }
    change.mutate(
      { currentPassword, newPassword: newPassword.password },
      {
        onSuccess: () => {
          setCurrentPassword('');
          newPassword.setPassword('');
          newPassword.setConfirmPassword('');
          announce('Password changed. Use your new password the next time you sign in.');
        },
        onError: (error) => {
          const field = describeAccountError(error, 'change-password').field;
          focus(field && SHOWN_AT_FIELD.includes(field) ? field : 'alert');
        },
      },
    );
  };

  const typing = (set: (value: string) => void) => (value: string) => {
    // A new attempt: the last outcome no longer describes what is in the fields.
    if (change.isSuccess) change.reset();
    set(value);
  };

  return (
    <SectionCard title="Password">
      <Flex
        as="form"
        direction="column"
        gap="medium"
        noValidate
        onSubmit={handleSubmit}
        aria-label="Change password"
      >
        <Text>
          Enter your current password, then choose a new one. You will use the new one the next time
          you sign in.
        </Text>
        <HiddenUsername username={session?.loginId ?? session?.email ?? session?.username ?? ''} />
        <PasswordField
          id={id('currentPassword')}
          name="currentPassword"
          label="Current password"
          autoComplete="current-password"
          isRequired
          value={currentPassword}
          onChange={(event) => typing(setCurrentPassword)(event.target.value)}
          hasError={Boolean(errorFor('currentPassword'))}
          errorMessage={errorFor('currentPassword')}
        />
        <NewPasswordPair
          label="New password"
          state={{
            ...newPassword,
            setPassword: typing(newPassword.setPassword),
            setConfirmPassword: typing(newPassword.setConfirmPassword),
          }}
          id={id}
          error={errorFor}
        />
        <FormError
          id={id('alert')}
          heading="Your password was not changed"
          error={server}
          fieldsShown={SHOWN_AT_FIELD}
        />
        {change.isSuccess && (
          // Said on the page's status line; shown here for those who look.
          <Alert variation="success" role="none" heading="Password changed">
            Other devices where you are signed in stay signed in. If someone else may know your old
            password, also sign out everywhere below.
          </Alert>
        )}
        <div>
          <SubmitButton isLoading={change.isPending} loadingText="Changing your password…">
            Change password
          </SubmitButton>
        </div>
      </Flex>
    </SectionCard>
  );
}
