import type { FormEvent } from 'react';
import { Link as RouterLink } from 'react-router';
import { FormError, useFormFocus } from '../../../components/forms/form-error';
import { SubmitButton } from '../../../components/forms/submit-button';
import { Link } from '../../../components/ui';
import { paths } from '../../../config/paths';
import { useConfirmSignUp } from '../../../lib/auth/confirm-sign-up';
import { useResendSignUpCode } from '../../../lib/auth/resend-sign-up-code';
import { rich } from '../../../lib/i18n/rich-text';
import { useI18n } from '../../../lib/i18n/use-i18n';
import { SentCodeForm } from '../shared/sent-code-form';
import { sentCodeMessages } from '../shared/sent-code-messages';
import { useSentCode } from '../shared/use-sent-code';
import { describeSignUpError } from './sign-up-error-rules';
import { isAlreadyConfirmed } from './sign-up-errors';
import { signUpMessages } from './sign-up-messages';
import { useFinishSignUp } from './use-finish-sign-up';

interface ConfirmSignUpFormProps {
  /** From ?username=; empty after a cold start without it, and then the user types it. */
  readonly initialUsername: string;
  readonly redirectTo: string;
  readonly carriedRedirect: string | null;
}

/** The code from the sign-up message, a way to get a new one, then sign-in. */
export function ConfirmSignUpForm({
  initialUsername,
  redirectTo,
  carriedRedirect,
}: ConfirmSignUpFormProps) {
  const { t } = useI18n(signUpMessages);
  const confirm = useConfirmSignUp();
  const resend = useResendSignUpCode();
  const { finish, isSigningIn } = useFinishSignUp(redirectTo);
  const form = useFormFocus();

  const sent = useSentCode({
    purpose: 'sign-up',
    initialUsername,
    resend,
    onResend: confirm.reset,
    form,
  });
  const { username, code, errors } = sent;

  // One error at a time: whichever of confirm and resend failed last.
  const failed = confirm.error ?? resend.error;
  const server = failed ? describeSignUpError(failed, 'confirm-sign-up') : undefined;
  const codeError = errors.code ?? (server?.field === 'code' ? server.message : undefined);
  const busy = confirm.isPending || isSigningIn;

  const handleSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (busy) return;
    resend.reset();
    confirm.reset();
    const found = sent.check();
    sent.setErrors(found);
    if (found.username || found.code) {
      form.focus(found.username ? 'username' : 'code');
      return;
    }
    const name = username.trim();
    confirm.mutate(
      { username: name, code: code.trim() },
      {
        onSuccess: ({ canAutoSignIn }) => finish(name, canAutoSignIn),
        onError: (error) =>
          form.focus(
            describeSignUpError(error, 'confirm-sign-up').field === 'code' ? 'code' : 'alert',
          ),
      },
    );
  };

  return (
    <SentCodeForm
      sent={sent}
      fallback={t('signUp.confirm.fallback')}
      recipient={rich(t('signUp.confirm.recipient', { username }), [
        (text) => <strong>{text}</strong>,
        (text) => (
          <Link as={RouterLink} to={paths.auth.signUp.getHref(carriedRedirect)}>
            {text}
          </Link>
        ),
      ])}
      codeLabel={t('signUp.confirm.codeLabel')}
      codeError={codeError}
      isResending={resend.isPending}
      onSubmit={handleSubmit}
    >
      <FormError
        id={form.id('alert')}
        heading={
          confirm.error ? t('signUp.confirm.failed') : sentCodeMessages.t('sentCode.resendFailed')
        }
        error={server}
        fieldsShown={['code']}
      >
        {failed && isAlreadyConfirmed(failed) && (
          <>
            {' '}
            <Link as={RouterLink} to={paths.auth.signIn.getHref(carriedRedirect)}>
              {t('signUp.confirm.goToSignIn')}
            </Link>
          </>
        )}
      </FormError>
      <SubmitButton
        isLoading={busy}
        loadingText={t(isSigningIn ? 'signUp.signingIn' : 'signUp.confirm.submitting')}
      >
        {t('signUp.confirm.submit')}
      </SubmitButton>
    </SentCodeForm>
  );
}
