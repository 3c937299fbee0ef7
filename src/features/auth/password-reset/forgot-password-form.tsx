import { type FormEvent, useState } from 'react';
import { useNavigate } from 'react-router';
import { FormError, useFormFocus } from '../../../components/forms/form-error';
import { SubmitButton } from '../../../components/forms/submit-button';
import { Flex } from '../../../components/ui';
import { paths } from '../../../config/paths';
import { useStartPasswordReset } from '../../../lib/auth/start-password-reset';
import { useConfig } from '../../../lib/config/config-context';
import { useI18n } from '../../../lib/i18n/use-i18n';
import { saveCodeSent } from '../flow/code-sent-store';
import { IdentifierField } from '../shared/identifier';
import { identifierError } from '../shared/identifier-rules';
import { passwordResetMessages } from './password-reset-messages';
import { describeResetError } from './reset-error-rules';

/**
 * Asks for the identifier and sends a reset code. Unknown accounts get the same answer as
 * known ones (Cognito's PreventUserExistenceErrors), so this page never says which exist.
 */
export function ForgotPasswordForm({ initialUsername }: { initialUsername: string }) {
  const config = useConfig();
  const { t } = useI18n(passwordResetMessages);
  const navigate = useNavigate();
  const start = useStartPasswordReset();
  const { id, focus } = useFormFocus();

  const [username, setUsername] = useState(initialUsername);
  // What was last checked: its problem is worded at each render, in the page's language.
  const [checked, setChecked] = useState<string>();
  const error =
    checked === undefined ? undefined : identifierError(config.usernameAttribute, checked);
  const server = start.error ? describeResetError(start.error, 'forgot-password') : undefined;
  const usernameError = error ?? (server?.field === 'username' ? server.message : undefined);

  const handleSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (start.isPending) return;
    start.reset();
    const found = identifierError(config.usernameAttribute, username);
    setChecked(username);
    if (found) {
      focus('username');
      return;
    }
    const name = username.trim();
    start.mutate(name, {
      onSuccess: (delivery) => {
        saveCodeSent('password-reset', name, delivery);
        navigate(paths.auth.resetPassword.getHref(name));
      },
      onError: (e) =>
        focus(describeResetError(e, 'forgot-password').field === 'username' ? 'username' : 'alert'),
    });
  };

  return (
    <Flex as="form" direction="column" gap="medium" noValidate onSubmit={handleSubmit}>
      <IdentifierField
        id={id('username')}
        value={username}
        onChange={setUsername}
        errorMessage={usernameError}
      />
      <FormError
        id={id('alert')}
        heading={t('passwordReset.forgot.failed')}
        error={server}
        fieldsShown={['username']}
      />
      <SubmitButton isLoading={start.isPending} loadingText={t('passwordReset.forgot.sending')}>
        {t('passwordReset.forgot.submit')}
      </SubmitButton>
    </Flex>
  );
}
