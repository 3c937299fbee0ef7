import { type FormEvent, useId, useState } from 'react';
import { Link as RouterLink } from 'react-router';
import { Button, Flex, Link, Text, TextField } from '../../../components/ui';
import { paths } from '../../../config/paths';
import { useConfig } from '../../../lib/config/config-context';
import { useConfirmSignUp } from '../api/confirm-sign-up';
import { useResendSignUpCode } from '../api/resend-sign-up-code';
import { describeAuthError } from '../utils/auth-error';
import { CodeSentMessage } from './code-sent-message';
import { FormError, useFocusAfterRender } from './form-error';
import { IDENTIFIER, identifierError } from './identifier';
import { ResendCode } from './resend-code';
import { isAlreadyConfirmed } from './sign-up-errors';
import { useCodeSent } from './use-code-sent';
import { useFinishSignUp } from './use-finish-sign-up';

interface ConfirmSignUpFormProps {
  /** From ?username=; empty after a cold start without it, and then the user types it. */
  readonly initialUsername: string;
  readonly redirectTo: string;
  readonly carriedRedirect: string | null;
}

interface FieldErrors {
  readonly username?: string;
  readonly code?: string;
}

/** The code from the sign-up message, a way to get a new one, then sign-in. */
export function ConfirmSignUpForm({
  initialUsername,
  redirectTo,
  carriedRedirect,
}: ConfirmSignUpFormProps) {
  const config = useConfig();
  const confirm = useConfirmSignUp();
  const resend = useResendSignUpCode();
  const { finish, isSigningIn } = useFinishSignUp(redirectTo);
  const focus = useFocusAfterRender();
  const idPrefix = useId();
  const ids = {
    username: `${idPrefix}-username`,
    code: `${idPrefix}-code`,
    alert: `${idPrefix}-alert`,
  };

  const askUsername = initialUsername === '';
  const [username, setUsername] = useState(initialUsername);
  const [code, setCode] = useState('');
  const [errors, setErrors] = useState<FieldErrors>({});
  const codeSent = useCodeSent('sign-up', username.trim());
  const identifier = IDENTIFIER[config.usernameAttribute];

  // One error at a time: whichever of confirm and resend failed last.
  const failed = confirm.error ?? resend.error;
  const server = failed ? describeAuthError(failed, 'confirm-sign-up') : undefined;
  const codeError = errors.code ?? (server?.field === 'code' ? server.message : undefined);
  const busy = confirm.isPending || isSigningIn;

  const checkUsername = (): string | undefined => {
    if (!askUsername) return undefined;
    return identifierError(config.usernameAttribute, username);
  };

  const handleSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (busy) return;
    resend.reset();
    confirm.reset();
    const found: FieldErrors = {
      ...(checkUsername() && { username: checkUsername() }),
      ...(code.trim() === '' && { code: 'Enter the code from the message we sent.' }),
    };
    setErrors(found);
    if (found.username || found.code) {
      focus(found.username ? ids.username : ids.code);
      return;
    }
    const name = username.trim();
    confirm.mutate(
      { username: name, code: code.trim() },
      {
        onSuccess: ({ canAutoSignIn }) => finish(name, canAutoSignIn),
        onError: (error) =>
          focus(
            describeAuthError(error, 'confirm-sign-up').field === 'code' ? ids.code : ids.alert,
          ),
      },
    );
  };

  const handleResend = () => {
    confirm.reset();
    resend.reset();
    const usernameError = checkUsername();
    setErrors(usernameError ? { username: usernameError } : {});
    if (usernameError) {
      focus(ids.username);
      return;
    }
    resend.mutate(username.trim(), {
      onSuccess: () => codeSent.refresh(),
      onError: () => focus(ids.alert),
    });
  };

  return (
    <Flex direction="column" gap="medium">
      <CodeSentMessage
        sent={codeSent.sent}
        fallback="Enter the confirmation code from the message we sent when you signed up. No code, or an old one? Send a new one below."
      />
      <Flex as="form" direction="column" gap="medium" noValidate onSubmit={handleSubmit}>
        {askUsername ? (
          <TextField
            id={ids.username}
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
            Confirming the account for <strong>{username}</strong>.{' '}
            <Link as={RouterLink} to={paths.auth.signUp.getHref(carriedRedirect)}>
              Not you? Sign up again
            </Link>
          </Text>
        )}
        <TextField
          id={ids.code}
          name="code"
          label="Confirmation code"
          autoComplete="one-time-code"
          inputMode="numeric"
          spellCheck={false}
          isRequired
          value={code}
          onChange={(event) => setCode(event.target.value)}
          hasError={Boolean(codeError)}
          errorMessage={codeError}
        />
        {server && server.field !== 'code' && (
          <FormError
            id={ids.alert}
            heading={confirm.error ? 'We could not confirm your account' : 'No new code sent'}
          >
            {server.message}
            {failed && isAlreadyConfirmed(failed) && (
              <>
                {' '}
                <Link as={RouterLink} to={paths.auth.signIn.getHref(carriedRedirect)}>
                  Go to sign in
                </Link>
              </>
            )}
          </FormError>
        )}
        <Button
          type="submit"
          variation="primary"
          isLoading={busy}
          loadingText={isSigningIn ? 'Signing you in…' : 'Confirming…'}
        >
          Confirm account
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
