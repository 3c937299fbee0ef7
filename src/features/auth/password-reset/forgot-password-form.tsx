import { type FormEvent, useId, useState } from 'react';
import { useNavigate } from 'react-router';
import { Button, Flex, TextField } from '../../../components/ui';
import { paths } from '../../../config/paths';
import { useConfig } from '../../../lib/config/config-context';
import { useStartPasswordReset } from '../api/start-password-reset';
import { FormError, useFocusAfterRender } from '../sign-up/form-error';
import { IDENTIFIER, identifierError } from '../sign-up/identifier';
import { describeAuthError } from '../utils/auth-error';

/**
 * Asks for the identifier and sends a reset code. Unknown accounts get the same answer as
 * known ones (Cognito's PreventUserExistenceErrors), so this page never says which exist.
 */
export function ForgotPasswordForm({ initialUsername }: { initialUsername: string }) {
  const config = useConfig();
  const navigate = useNavigate();
  const start = useStartPasswordReset();
  const focus = useFocusAfterRender();
  const idPrefix = useId();
  const ids = { username: `${idPrefix}-username`, alert: `${idPrefix}-alert` };
  const identifier = IDENTIFIER[config.usernameAttribute];

  const [username, setUsername] = useState(initialUsername);
  const [error, setError] = useState<string>();
  const server = start.error ? describeAuthError(start.error, 'forgot-password') : undefined;
  const usernameError = error ?? (server?.field === 'username' ? server.message : undefined);

  const handleSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (start.isPending) return;
    start.reset();
    const found = identifierError(config.usernameAttribute, username);
    setError(found);
    if (found) {
      focus(ids.username);
      return;
    }
    const name = username.trim();
    start.mutate(name, {
      onSuccess: () => navigate(paths.auth.resetPassword.getHref(name)),
      onError: (e) =>
        focus(
          describeAuthError(e, 'forgot-password').field === 'username' ? ids.username : ids.alert,
        ),
    });
  };

  return (
    <Flex as="form" direction="column" gap="medium" noValidate onSubmit={handleSubmit}>
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
        hasError={Boolean(usernameError)}
        errorMessage={usernameError}
      />
      {server && server.field !== 'username' && (
        <FormError id={ids.alert} heading="We could not send a reset code">
          {server.message}
        </FormError>
      )}
      <Button
        type="submit"
        variation="primary"
        isLoading={start.isPending}
        loadingText="Sending a code…"
      >
        Send reset code
      </Button>
    </Flex>
  );
}
