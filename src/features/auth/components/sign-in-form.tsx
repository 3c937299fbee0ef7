import { Alert, Button, Flex, PasswordField, TextField } from '@aws-amplify/ui-react';
import { type FormEvent, useRef, useState } from 'react';
import type { SignInFlow } from '../../../lib/config/types';
import { useSignIn } from '../api/sign-in';
import { getSignInErrorMessage } from '../utils/auth-error';
import { type SignInFieldErrors, validateSignInFields } from '../utils/validate-sign-in-fields';

interface SignInFormProps {
  readonly flow: SignInFlow;
  readonly onSignedIn: () => void;
}

/** Username and password form; steps beyond the password are named, not silently dropped. */
export function SignInForm({ flow, onSignedIn }: SignInFormProps) {
  const signIn = useSignIn();
  const [fieldErrors, setFieldErrors] = useState<SignInFieldErrors>({});
  const usernameRef = useRef<HTMLInputElement>(null);
  const passwordRef = useRef<HTMLInputElement>(null);

  const handleSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (signIn.isPending) return;
    const form = new FormData(event.currentTarget);
    const username = String(form.get('username') ?? '').trim();
    const password = String(form.get('password') ?? '');
    const errors = validateSignInFields({ username, password });
    setFieldErrors(errors);
    if (errors.username || errors.password) {
      (errors.username ? usernameRef : passwordRef).current?.focus();
      return;
    }
    signIn.mutate(
      { username, password, flow },
      { onSuccess: (outcome) => outcome.status === 'signed-in' && onSignedIn() },
    );
  };

  const pendingStep = signIn.data?.status === 'step-pending' ? signIn.data.step : undefined;
  return (
    <Flex as="form" direction="column" gap="medium" noValidate onSubmit={handleSubmit}>
      <TextField
        ref={usernameRef}
        name="username"
        label="Username"
        autoComplete="username"
        autoCapitalize="none"
        spellCheck={false}
        isRequired
        hasError={Boolean(fieldErrors.username)}
        errorMessage={fieldErrors.username}
      />
      <PasswordField
        ref={passwordRef}
        name="password"
        label="Password"
        autoComplete="current-password"
        isRequired
        hasError={Boolean(fieldErrors.password)}
        errorMessage={fieldErrors.password}
      />
      {signIn.isError && (
        <Alert variation="error" heading="Sign-in failed">
          {getSignInErrorMessage(signIn.error)}
        </Alert>
      )}
      {pendingStep && (
        <Alert variation="warning" heading="One more step needed">
          This step arrives in the next release: <code>{pendingStep}</code>
        </Alert>
      )}
      <Button
        type="submit"
        variation="primary"
        isDisabled={signIn.isPending}
        isLoading={signIn.isPending}
        loadingText="Signing in…"
      >
        Sign in
      </Button>
    </Flex>
  );
}
