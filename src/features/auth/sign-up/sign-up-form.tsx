import { type ChangeEvent, type FormEvent, useId, useState } from 'react';
import { Link as RouterLink, useNavigate } from 'react-router';
import { NewPasswordPair } from '../../../components/password-checklist';
import { Button, Flex, Link, Text, TextField } from '../../../components/ui';
import { paths } from '../../../config/paths';
import { useConfig } from '../../../lib/config/config-context';
import { useSignUp } from '../api/sign-up';
import { describeAuthError } from '../utils/auth-error';
import { attributeField } from './attribute-fields';
import { FormError, useFocusAfterRender } from './form-error';
import { IDENTIFIER } from './identifier';
import { isAccountTaken } from './sign-up-errors';
import { useFinishSignUp } from './use-finish-sign-up';
import { attributeKey, type SignUpErrors, validateSignUp } from './validate-sign-up';

interface SignUpFormProps {
  /** Where to go once signed in: a checked same-origin path. */
  readonly redirectTo: string;
  /** The redirect to carry along in links, or null when the user did not bring one. */
  readonly carriedRedirect: string | null;
}

// Autocomplete for the identifier on a sign-up form: the address book's value, not a login.
const IDENTIFIER_AUTOCOMPLETE = { email: 'email', phone_number: 'tel', username: 'username' };

/** Username (per config), the configured attributes and a new password with the policy checklist. */
export function SignUpForm({ redirectTo, carriedRedirect }: SignUpFormProps) {
  const config = useConfig();
  const navigate = useNavigate();
  const signUp = useSignUp();
  const { finish, isSigningIn } = useFinishSignUp(redirectTo);
  const focus = useFocusAfterRender();
  const idPrefix = useId();
  const id = (key: string) => `${idPrefix}-${key}`;
  const alertId = id('alert');

  const identifier = IDENTIFIER[config.usernameAttribute];
  const fields = config.signUpAttributes
    .filter((name) => name !== config.usernameAttribute)
    .map(attributeField);

  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');
  const [confirmPassword, setConfirmPassword] = useState('');
  const [attributes, setAttributes] = useState<Record<string, string>>({});
  const [errors, setErrors] = useState<SignUpErrors>({});
  const setAttribute = (name: string) => (event: ChangeEvent<HTMLInputElement>) => {
    const { value } = event.target;
    setAttributes((current) => ({ ...current, [name]: value }));
  };

  const server = signUp.error ? describeAuthError(signUp.error, 'sign-up') : undefined;
  const serverField = server?.field === 'username' || server?.field === 'password';
  const errorFor = (key: string) =>
    errors[key] ?? (serverField && server?.field === key ? server.message : undefined);
  const busy = signUp.isPending || isSigningIn;

  const handleSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (busy) return;
    signUp.reset();
    const found = validateSignUp(
      { username, password, confirmPassword, attributes },
      { usernameAttribute: config.usernameAttribute, fields, policy: config.passwordPolicy },
    );
    setErrors(found);
    const first = Object.keys(found)[0];
    if (first) {
      focus(id(first));
      return;
    }
    const name = username.trim();
    const values = Object.fromEntries(
      fields.map((f) => [f.name, attributes[f.name]?.trim() ?? '']),
    );
    signUp.mutate(
      { username: name, password, attributes: values, flow: config.signInFlow },
      {
        onSuccess: (outcome) => {
          if (outcome.status === 'confirm') {
            navigate(paths.auth.confirmSignUp.getHref(name, carriedRedirect));
          } else {
            finish(name, outcome.status === 'auto-sign-in');
          }
        },
        onError: (error) => {
          const field = describeAuthError(error, 'sign-up').field;
          focus(field === 'username' || field === 'password' ? id(field) : alertId);
        },
      },
    );
  };

  return (
    <Flex
      as="form"
      aria-label="Create an account"
      direction="column"
      gap="medium"
      noValidate
      onSubmit={handleSubmit}
    >
      <Flex direction="column" gap="xs">
        <TextField
          id={id('username')}
          name="username"
          label={identifier.label}
          type={identifier.type}
          descriptiveText={identifier.hint}
          autoComplete={IDENTIFIER_AUTOCOMPLETE[config.usernameAttribute]}
          autoCapitalize="none"
          spellCheck={false}
          isRequired
          value={username}
          onChange={(event) => setUsername(event.target.value)}
          hasError={Boolean(errorFor('username'))}
          errorMessage={errorFor('username')}
        />
        {signUp.error && isAccountTaken(signUp.error) && (
          <Text fontSize="small">
            <Link as={RouterLink} to={paths.auth.signIn.getHref(carriedRedirect)}>
              Sign in
            </Link>{' '}
            or{' '}
            <Link as={RouterLink} to={paths.auth.forgotPassword.getHref(username.trim())}>
              reset your password
            </Link>
          </Text>
        )}
      </Flex>
      {fields.map((field) => (
        <TextField
          key={field.name}
          id={id(attributeKey(field.name))}
          name={field.name}
          label={field.label}
          type={field.type}
          descriptiveText={field.hint}
          autoComplete={field.autoComplete}
          isRequired
          value={attributes[field.name] ?? ''}
          onChange={setAttribute(field.name)}
          hasError={Boolean(errorFor(attributeKey(field.name)))}
          errorMessage={errorFor(attributeKey(field.name))}
        />
      ))}
      <NewPasswordPair
        policy={config.passwordPolicy}
        label="Password"
        ids={{ password: id('password'), confirm: id('confirmPassword') }}
        password={password}
        onPasswordChange={setPassword}
        passwordError={errorFor('password')}
        confirm={confirmPassword}
        onConfirmChange={setConfirmPassword}
        confirmError={errorFor('confirmPassword')}
      />
      {server && !serverField && (
        <FormError id={alertId} heading="We could not create your account">
          {server.message}
        </FormError>
      )}
      <Button
        type="submit"
        variation="primary"
        isLoading={busy}
        loadingText={isSigningIn ? 'Signing you in…' : 'Creating your account…'}
      >
        Create account
      </Button>
    </Flex>
  );
}
