import { type FormEvent, useId, useState } from 'react';
import { useNavigate } from 'react-router';
import { NewPasswordPair } from '../../../components/password-checklist';
import { Button, Flex, Text, TextField } from '../../../components/ui';
import { paths } from '../../../config/paths';
import { useConfig } from '../../../lib/config/config-context';
import { useConfirmPasswordReset } from '../api/confirm-password-reset';
import { useStartPasswordReset } from '../api/start-password-reset';
import { clearCodeSent } from '../flow/code-sent-store';
import { CodeSentMessage } from '../sign-up/code-sent-message';
import { FormError, useFocusAfterRender } from '../sign-up/form-error';
import { IDENTIFIER, identifierError } from '../sign-up/identifier';
import { ResendCode } from '../sign-up/resend-code';
import { useCodeSent } from '../sign-up/use-code-sent';
import { validateNewPassword } from '../sign-up/validate-new-password';
import { describeAuthError } from '../utils/auth-error';

type Field = 'username' | 'code' | 'password' | 'confirmPassword';
type FieldErrors = Partial<Record<Field, string>>;
const ORDER: readonly Field[] = ['username', 'code', 'password', 'confirmPassword'];

/** The reset code, a new password with the policy checklist, and a way to get a new code. */
export function ResetPasswordForm({ initialUsername }: { initialUsername: string }) {
  const config = useConfig();
  const navigate = useNavigate();
  const confirm = useConfirmPasswordReset();
  const resend = useStartPasswordReset();
  const focus = useFocusAfterRender();
  const idPrefix = useId();
  const id = (key: Field | 'alert') => `${idPrefix}-${key}`;
  const identifier = IDENTIFIER[config.usernameAttribute];

  const askUsername = initialUsername === '';
  const [username, setUsername] = useState(initialUsername);
  const [code, setCode] = useState('');
  const [password, setPassword] = useState('');
  const [confirmPassword, setConfirmPassword] = useState('');
  const [errors, setErrors] = useState<FieldErrors>({});
  const codeSent = useCodeSent('password-reset', username.trim());

  const confirmView = confirm.error
    ? describeAuthError(confirm.error, 'reset-password')
    : undefined;
  // A resend is a fresh request for a code: it fails the way "forgot password" does.
  const resendView = resend.error ? describeAuthError(resend.error, 'forgot-password') : undefined;
  const server = confirmView ?? resendView;
  const onField = server?.field === 'code' || server?.field === 'password';
  const errorFor = (field: Field) =>
    errors[field] ?? (onField && server?.field === field ? server.message : undefined);

  const usernameError = () =>
    askUsername ? identifierError(config.usernameAttribute, username) : undefined;

  const handleSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (confirm.isPending || confirm.isSuccess) return;
    confirm.reset();
    resend.reset();
    const found: FieldErrors = {
      ...(usernameError() && { username: usernameError() }),
      ...(code.trim() === '' && { code: 'Enter the code from the message we sent.' }),
      ...validateNewPassword(config.passwordPolicy, password, confirmPassword),
    };
    setErrors(found);
    const first = ORDER.find((field) => found[field]);
    if (first) {
      focus(id(first));
      return;
    }
    confirm.mutate(
      { username: username.trim(), code: code.trim(), newPassword: password },
      {
        onSuccess: () => {
          clearCodeSent('password-reset');
          navigate(paths.auth.signIn.getHref(null, 'password-reset'), { replace: true });
        },
        onError: (error) => {
          const field = describeAuthError(error, 'reset-password').field;
          focus(field === 'code' || field === 'password' ? id(field) : id('alert'));
        },
      },
    );
  };

  const handleResend = () => {
    confirm.reset();
    resend.reset();
    const found = usernameError();
    setErrors(found ? { username: found } : {});
    if (found) {
      focus(id('username'));
      return;
    }
    resend.mutate(username.trim(), {
      onSuccess: () => codeSent.refresh(),
      onError: () => focus(id('alert')),
    });
  };

  return (
    <Flex direction="column" gap="medium">
      <CodeSentMessage
        sent={codeSent.sent}
        fallback="Enter the code from the password reset message we sent you."
      />
      <Flex as="form" direction="column" gap="medium" noValidate onSubmit={handleSubmit}>
        {askUsername ? (
          <TextField
            id={id('username')}
            name="username"
            label={identifier.label}
            type={identifier.type}
            descriptiveText={identifier.hint}
            autoComplete="username"
            autoCapitalize="none"
            spellCheck={false}
            isRequired
            value={username}
            onChange={(event) => setUsername(event.target.value)}
            hasError={Boolean(errors.username)}
            errorMessage={errors.username}
          />
        ) : (
          <Text>
            Choosing a new password for <strong>{username}</strong>.
          </Text>
        )}
        <TextField
          id={id('code')}
          name="code"
          label="Reset code"
          autoComplete="one-time-code"
          inputMode="numeric"
          spellCheck={false}
          isRequired
          value={code}
          onChange={(event) => setCode(event.target.value)}
          hasError={Boolean(errorFor('code'))}
          errorMessage={errorFor('code')}
        />
        <NewPasswordPair
          policy={config.passwordPolicy}
          label="New password"
          ids={{ password: id('password'), confirm: id('confirmPassword') }}
          password={password}
          onPasswordChange={setPassword}
          passwordError={errorFor('password')}
          confirm={confirmPassword}
          onConfirmChange={setConfirmPassword}
          confirmError={errorFor('confirmPassword')}
        />
        {server && !onField && (
          <FormError
            id={id('alert')}
            heading={confirm.error ? 'We could not change your password' : 'No new code sent'}
          >
            {server.message}
          </FormError>
        )}
        <Button
          type="submit"
          variation="primary"
          isLoading={confirm.isPending || confirm.isSuccess}
          loadingText="Saving your new password…"
        >
          Set new password
        </Button>
      </Flex>
      <ResendCode
        secondsLeft={codeSent.secondsLeft}
        isPending={resend.isPending}
        onResend={handleResend}
      />
    </Flex>
  );
}
