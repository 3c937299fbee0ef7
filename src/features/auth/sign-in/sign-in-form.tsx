import { type FormEvent, useState } from 'react';
import { Link as RouterLink } from 'react-router';
import { FormError, useFormFocus } from '../../../components/forms/form-error';
import { Button, Flex, Link, PasswordField } from '../../../components/ui';
import { paths } from '../../../config/paths';
import { describeAuthError } from '../../../lib/auth/auth-error';
import { type SignInMethod, useSignIn } from '../../../lib/auth/sign-in';
import { useConfig } from '../../../lib/config/config-context';
import type { PasswordlessFactor } from '../../../lib/config/types';
import { useI18n } from '../../../lib/i18n/use-i18n';
import { carriedRedirect } from '../../../lib/navigation/redirect-target';
import { usePasskeysSupported } from '../../../lib/webauthn/use-passkeys-supported';
import { prepareToFollow, useFollowSignInStep } from '../flow/follow-sign-in-step';
import { IDENTIFIER, IdentifierField } from '../shared/identifier';
import { type SignInFieldErrors, validateSignInFields } from '../shared/validate-sign-in-fields';
import { type SignInMessageId, signInMessages } from './sign-in-messages';
import './sign-in.css';

const FACTOR_LABELS: Record<
  PasswordlessFactor,
  { label: SignInMessageId; loading: SignInMessageId }
> = {
  EMAIL_OTP: { label: 'signIn.emailCode', loading: 'signIn.sendingCode' },
  SMS_OTP: { label: 'signIn.textCode', loading: 'signIn.sendingCode' },
  WEB_AUTHN: { label: 'signIn.passkey', loading: 'signIn.waitingForPasskey' },
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
  const { t } = useI18n(signInMessages);
  const identifier = IDENTIFIER[config.usernameAttribute];
  const passkeys = usePasskeysSupported();
  const factors =
    config.signInFlow === 'choice'
      ? config.passwordless.filter((f) => f !== 'WEB_AUTHN' || passkeys)
      : [];
  const follow = useFollowSignInStep();
  const { id, focus } = useFormFocus();

  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');
  const [errors, setErrors] = useState<SignInFieldErrors>({});
  const signIn = useSignIn({
    onMutate: prepareToFollow,
    onSuccess: (nextStep, input) =>
      follow(nextStep, input.username, redirectTo, {
        firstFactor: input.method !== undefined && input.method !== 'password',
      }),
    onError: (error) => {
      const { field } = describeAuthError(error, 'sign-in');
      focus(field === 'password' ? 'password' : 'alert');
    },
  });
  const server = signIn.error ? describeAuthError(signIn.error, 'sign-in') : undefined;
  const pendingMethod = signIn.isPending ? (signIn.variables?.method ?? 'password') : undefined;

  const start = (method: SignInMethod) => {
    if (signIn.isPending) return;
    signIn.reset();
    const found = validateSignInFields(
      { username, password },
      { missing: identifier.missing, needsPassword: method === 'password' },
    );
    setErrors(found);
    if (found.username || found.password) {
      focus(found.username ? 'username' : 'password');
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
      <IdentifierField
        id={id('username')}
        // "webauthn" lets the browser offer passkeys right in the autofill list.
        autoComplete={factors.includes('WEB_AUTHN') ? 'username webauthn' : 'username'}
        value={username}
        onChange={setUsername}
        errorMessage={errors.username}
      />
      <PasswordField
        id={id('password')}
        name="password"
        label={t('password.label')}
        autoComplete="current-password"
        isRequired={factors.length === 0}
        value={password}
        onChange={(event) => setPassword(event.target.value)}
        hasError={Boolean(errors.password)}
        errorMessage={errors.password}
      />
      <FormError id={id('alert')} heading={t('signIn.failed')} error={server} />
      <Button
        type="submit"
        variation="primary"
        isDisabled={signIn.isPending}
        isLoading={pendingMethod === 'password'}
        loadingText={t('signIn.submitting')}
      >
        {t('signIn.submit')}
      </Button>
      <div className="sign-in-links">
        <Link as={RouterLink} to={paths.auth.forgotPassword.getHref(username.trim() || null)}>
          {t('signIn.forgotPassword')}
        </Link>
        <Link as={RouterLink} to={paths.auth.signUp.getHref(carriedRedirect(redirectTo))}>
          {t('signIn.createAccount')}
        </Link>
      </div>
      {factors.length > 0 && (
        <>
          <p className="sign-in-or">{t('signIn.orWithoutPassword')}</p>
          <div className="sign-in-methods">
            {factors.map((factor) => (
              <Button
                key={factor}
                className={factor === 'WEB_AUTHN' ? 'passkey-option' : undefined}
                isDisabled={signIn.isPending}
                isLoading={pendingMethod === factor}
                loadingText={t(FACTOR_LABELS[factor].loading)}
                onClick={() => start(factor)}
              >
                {t(FACTOR_LABELS[factor].label)}
              </Button>
            ))}
          </div>
        </>
      )}
    </Flex>
  );
}
