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
import { useI18n } from '../../../lib/i18n/use-i18n';
import { securityMessages } from '../security-messages';
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
  const { t } = useI18n(securityMessages);
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
          announce(t('security.password.changedAnnounced'));
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
    <SectionCard title={t('security.password.title')}>
      <Flex
        as="form"
        direction="column"
        gap="medium"
        noValidate
        onSubmit={handleSubmit}
        aria-label={t('security.password.form')}
      >
        <Text>{t('security.password.intro')}</Text>
        <HiddenUsername username={session?.loginId ?? session?.email ?? session?.username ?? ''} />
        <PasswordField
          id={id('currentPassword')}
          name="currentPassword"
          label={t('security.password.current')}
          autoComplete="current-password"
          isRequired
          value={currentPassword}
          onChange={(event) => typing(setCurrentPassword)(event.target.value)}
          hasError={Boolean(errorFor('currentPassword'))}
          errorMessage={errorFor('currentPassword')}
        />
        <NewPasswordPair
          label={t('security.password.new')}
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
          heading={t('security.password.failed')}
          error={server}
          fieldsShown={SHOWN_AT_FIELD}
        />
        {change.isSuccess && (
          // Said on the page's status line; shown here for those who look.
          <Alert variation="success" role="none" heading={t('security.password.changed')}>
            {t('security.password.changedDetail')}
          </Alert>
        )}
        <div>
          <SubmitButton
            isLoading={change.isPending}
            loadingText={t('security.password.submitting')}
          >
            {t('security.password.submit')}
          </SubmitButton>
        </div>
      </Flex>
    </SectionCard>
  );
}
