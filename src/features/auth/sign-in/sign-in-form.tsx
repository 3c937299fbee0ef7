import { type FormEvent, useId, useState } from 'react';
import { Link as RouterLink } from 'react-router';
import { Button, Flex, Link, PasswordField, TextField } from '../../../components/ui';
import { paths } from '../../../config/paths';
import { useConfig } from '../../../lib/config/config-context';
import type { PasswordlessFactor } from '../../../lib/config/types';
import { passkeysSupported } from '../../../lib/webauthn/passkey-support';
import { type SignInMethod, useSignIn } from '../api/sign-in';
import { FormError, useFocusAfterRender } from '../sign-up/form-error';
import { IDENTIFIER } from '../sign-up/identifier';
import { describeAuthError } from '../utils/auth-error';
import { type SignInFieldErrors, validateSignInFields } from '../utils/validate-sign-in-fields';
import { carriedRedirect } from './redirect-target';
import './sign-in.css';
import { useFollowSignInStep } from './use-follow-sign-in-step';

const FACTOR_LABELS: Record<PasswordlessFactor, { label: string; loading: string }> = {
  EMAIL_OTP: { label: 'Email me a code', loading: 'Sending a code…' },
  SMS_OTP: { label: 'Text me a code', loading: 'Sending a code…' },
  WEB_AUTHN: { label: 'Sign in with a passkey', loading: 'Waiting for your passkey…' },
};

interface SignInFormProps {
  /** Where to go once signed in: a checked same-origin path. */
  readonly redirectTo: string;
}

/**
 * The identifier (per config) and password; with choice-based sign-in, the passwordless
 * factors from config as alternatives that need the identifier only.
 */
export function SignInForm({ redirectTo }: SignInFormProps) {
  const config = useConfig();
  const identifier = IDENTIFIER[config.usernameAttribute];
  const factors =
    config.signInFlow === 'choice'
      ? config.passwordless.filter((f) => f !== 'WEB_AUTHN' || passkeysSupported())
      : [];
  const follow = useFollowSignInStep();
  const focus = useFocusAfterRender();
  const idPrefix = useId();
  const ids = {
    username: `${idPrefix}-username`,
    password: `${idPrefix}-password`,
    alert: `${idPrefix}-alert`,
  };

  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');
  const [errors, setErrors] = useState<SignInFieldErrors>({});
  const signIn = useSignIn({
    onSuccess: (nextStep, input) => follow(nextStep, input.username, redirectTo),
    onError: (error) => {
      const { field } = describeAuthError(error, 'sign-in');
      focus(field === 'password' ? ids.password : ids.alert);
    },
  });
  const server = signIn.error ? describeAuthError(signIn.error, 'sign-in') : undefined;
  const pendingMethod = signIn.isPending ? (signIn.variables?.method ?? 'password') : undefined;

  const start = (method: SignInMethod) => {
    if (signIn.isPending) return;
    signIn.reset();
    const found = validateSignInFields(
      { username, password },
      { noun: identifier.noun, needsPassword: method === 'password' },
    );
    setErrors(found);
    if (found.username || found.password) {
      focus(found.username ? ids.username : ids.password);
      return;
    }
    signIn.mutate({
      username: username.trim(),
      ...(method === 'password' && { password }),
      flow: config.signInFlow,
      method,
    });
  };

  const handleSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    start('password');
  };

  return (
    <Flex as="form" direction="column" gap="medium" noValidate onSubmit={handleSubmit}>
      <TextField
        id={ids.username}
        name="username"
        label={identifier.label}
        type={identifier.type}
        descriptiveText={identifier.hint}
        // "webauthn" lets the browser offer passkeys right in the autofill list.
        autoComplete={factors.includes('WEB_AUTHN') ? 'username webauthn' : 'username'}
        autoCapitalize="none"
        spellCheck={false}
        isRequired
        value={username}
        onChange={(event) => setUsername(event.target.value)}
        hasError={Boolean(errors.username)}
        errorMessage={errors.username}
      />
      <PasswordField
        id={ids.password}
        name="password"
        label="Password"
        autoComplete="current-password"
        isRequired={factors.length === 0}
        value={password}
        onChange={(event) => setPassword(event.target.value)}
        hasError={Boolean(errors.password)}
        errorMessage={errors.password}
      />
      {server && (
        <FormError id={ids.alert} heading="Sign-in failed">
          {server.message}
        </FormError>
      )}
      <Button
        type="submit"
        variation="primary"
        isDisabled={signIn.isPending}
        isLoading={pendingMethod === 'password'}
        loadingText="Signing in…"
      >
        Sign in
      </Button>
      <div className="sign-in-links">
        <Link as={RouterLink} to={paths.auth.forgotPassword.getHref(username.trim() || null)}>
          Forgot your password?
        </Link>
        <Link as={RouterLink} to={paths.auth.signUp.getHref(carriedRedirect(redirectTo))}>
          Create an account
        </Link>
      </div>
      {factors.length > 0 && (
        <>
          <p className="sign-in-or">or, without your password</p>
          <div className="sign-in-methods">
            {factors.map((factor) => (
              <Button
                key={factor}
                isDisabled={signIn.isPending}
                isLoading={pendingMethod === factor}
                loadingText={FACTOR_LABELS[factor].loading}
                onClick={() => start(factor)}
              >
                {FACTOR_LABELS[factor].label}
              </Button>
            ))}
          </div>
        </>
      )}
    </Flex>
  );
}
