import { type FormEvent, useState } from 'react';
import { Link as RouterLink, useNavigate } from 'react-router';
import { FormError, useFormFocus } from '../../../components/forms/form-error';
import { NewPasswordPair, useNewPassword } from '../../../components/forms/new-password-pair';
import { SubmitButton } from '../../../components/forms/submit-button';
import { Flex, Link, Text } from '../../../components/ui';
import { paths } from '../../../config/paths';
import { attributeField } from '../../../lib/attributes/attribute-fields';
import { useSignUp } from '../../../lib/auth/sign-up';
import { useConfig } from '../../../lib/config/config-context';
import { rich } from '../../../lib/i18n/rich-text';
import { useI18n } from '../../../lib/i18n/use-i18n';
import { saveCodeSent } from '../flow/code-sent-store';
import { AttributeInputs } from '../shared/attribute-inputs';
import { IdentifierField } from '../shared/identifier';
import { describeSignUpError } from './sign-up-error-rules';
import { isAccountTaken } from './sign-up-errors';
import { signUpMessages } from './sign-up-messages';
import { useFinishSignUp } from './use-finish-sign-up';
import { attributeKey, type SignUpErrors, validateSignUp } from './validate-sign-up';

interface SignUpFormProps {
  /** Where to go once signed in: a checked same-origin path. */
  readonly redirectTo: string;
  /** The redirect to carry along in links, or null when the user did not bring one. */
  readonly carriedRedirect: string | null;
}

// Cognito's word on these goes next to the field; on anything else, above the button.
const SHOWN_AT_FIELD: readonly string[] = ['username', 'password'];

// Autocomplete for the identifier on a sign-up form: the address book's value, not a login.
const IDENTIFIER_AUTOCOMPLETE = { email: 'email', phone_number: 'tel', username: 'username' };

/** Username (per config), the configured attributes and a new password with the policy checklist. */
export function SignUpForm({ redirectTo, carriedRedirect }: SignUpFormProps) {
  const config = useConfig();
  const { t, locale } = useI18n(signUpMessages);
  const navigate = useNavigate();
  const signUp = useSignUp();
  const { finish, isSigningIn } = useFinishSignUp(redirectTo);
  const { id, focus } = useFormFocus();

  const fields = config.signUpAttributes
    .filter((name) => name !== config.usernameAttribute)
    .map(attributeField);

  const [username, setUsername] = useState('');
  const newPassword = useNewPassword();
  const { password, confirmPassword } = newPassword;
  const [attributes, setAttributes] = useState<Record<string, string>>({});
  const [errors, setErrors] = useState<SignUpErrors>({});

  const server = signUp.error ? describeSignUpError(signUp.error, 'sign-up') : undefined;
  const errorFor = (key: string) =>
    errors[key] ??
    (server?.field === key && SHOWN_AT_FIELD.includes(key) ? server.message : undefined);
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
      focus(first);
      return;
    }
    const name = username.trim();
    const values = Object.fromEntries(
      fields.map((f) => [f.name, attributes[f.name]?.trim() ?? '']),
    );
    // The language this page is in becomes the account's, so the email with the code (through
    // a custom-message trigger) and every later sign-in use it; only where the client may write it.
    if (config.editableAttributes.includes('locale') && !values.locale) values.locale = locale;
    signUp.mutate(
      { username: name, password, attributes: values, flow: config.signInFlow },
      {
        onSuccess: (outcome) => {
          if (outcome.status === 'confirm') {
            saveCodeSent('sign-up', name, outcome.delivery);
            navigate(paths.auth.confirmSignUp.getHref(name, carriedRedirect));
          } else {
            finish(name, outcome.status === 'auto-sign-in');
          }
        },
        onError: (error) => {
          const field = describeSignUpError(error, 'sign-up').field;
          focus(field === 'username' || field === 'password' ? field : 'alert');
        },
      },
    );
  };

  return (
    <Flex
      as="form"
      aria-label={t('signUp.title')}
      direction="column"
      gap="medium"
      noValidate
      onSubmit={handleSubmit}
    >
      <Flex direction="column" gap="xs">
        <IdentifierField
          id={id('username')}
          autoComplete={IDENTIFIER_AUTOCOMPLETE[config.usernameAttribute]}
          value={username}
          onChange={setUsername}
          errorMessage={errorFor('username')}
        />
        {signUp.error && isAccountTaken(signUp.error) && (
          <Text fontSize="small">
            {rich(t('signUp.accountTaken'), [
              (text) => (
                <Link as={RouterLink} to={paths.auth.signIn.getHref(carriedRedirect)}>
                  {text}
                </Link>
              ),
              (text) => (
                <Link as={RouterLink} to={paths.auth.forgotPassword.getHref(username.trim())}>
                  {text}
                </Link>
              ),
            ])}
          </Text>
        )}
      </Flex>
      <AttributeInputs
        fields={fields}
        values={attributes}
        onChange={(name, value) => setAttributes((current) => ({ ...current, [name]: value }))}
        id={(name) => id(attributeKey(name))}
        error={(name) => errorFor(attributeKey(name))}
      />
      <NewPasswordPair
        label={t('password.label')}
        confirmLabel={t('signUp.confirmPassword')}
        state={newPassword}
        id={id}
        error={errorFor}
      />
      <FormError
        id={id('alert')}
        heading={t('signUp.failed')}
        error={server}
        fieldsShown={SHOWN_AT_FIELD}
      />
      <SubmitButton
        isLoading={busy}
        loadingText={t(isSigningIn ? 'signUp.signingIn' : 'signUp.submitting')}
      >
        {t('signUp.submit')}
      </SubmitButton>
    </Flex>
  );
}
