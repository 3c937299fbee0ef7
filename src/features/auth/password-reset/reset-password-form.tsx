import type { FormEvent } from 'react';
import { useNavigate } from 'react-router';
import { FormError, useFormFocus } from '../../../components/forms/form-error';
import { NewPasswordPair, useNewPassword } from '../../../components/forms/new-password-pair';
import { SubmitButton } from '../../../components/forms/submit-button';
import { paths } from '../../../config/paths';
import { useConfirmPasswordReset } from '../../../lib/auth/confirm-password-reset';
import { useStartPasswordReset } from '../../../lib/auth/start-password-reset';
import { rich } from '../../../lib/i18n/rich-text';
import { useI18n } from '../../../lib/i18n/use-i18n';
import { clearCodeSent } from '../flow/code-sent-store';
import { SentCodeForm } from '../shared/sent-code-form';
import { sentCodeMessages } from '../shared/sent-code-messages';
import { type FieldErrors, useSentCode } from '../shared/use-sent-code';
import { validateNewPassword } from '../shared/validate-new-password';
import { passwordResetMessages } from './password-reset-messages';
import { describeResetError } from './reset-error-rules';

type Field = 'username' | 'code' | 'password' | 'confirmPassword';
const ORDER: readonly Field[] = ['username', 'code', 'password', 'confirmPassword'];
// Cognito's word on these goes next to the field; on anything else, above the button.
const SHOWN_AT_FIELD: readonly string[] = ['code', 'password'];

/** The reset code, a new password with the policy checklist, and a way to get a new code. */
export function ResetPasswordForm({ initialUsername }: { initialUsername: string }) {
  const { t } = useI18n(passwordResetMessages);
  const navigate = useNavigate();
  const confirm = useConfirmPasswordReset();
  const resend = useStartPasswordReset();
  const form = useFormFocus();
  const { id, focus } = form;
  const sent = useSentCode({
    purpose: 'password-reset',
    initialUsername,
    resend,
    onResend: confirm.reset,
    form,
  });
  const { username, code, errors, setErrors } = sent;
  const newPassword = useNewPassword();
  const { password } = newPassword;

  const confirmView = confirm.error
    ? describeResetError(confirm.error, 'reset-password')
    : undefined;
  // A resend is a fresh request for a code: it fails the way "forgot password" does.
  const resendView = resend.error ? describeResetError(resend.error, 'forgot-password') : undefined;
  const server = confirmView ?? resendView;
  const errorFor = (field: Field) =>
    errors[field] ??
    (server?.field === field && SHOWN_AT_FIELD.includes(field) ? server.message : undefined);

  const handleSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (confirm.isPending || confirm.isSuccess) return;
    confirm.reset();
    resend.reset();
    const found: FieldErrors = {
      ...sent.check(),
      ...validateNewPassword(newPassword.policy, password, newPassword.confirmPassword),
    };
    setErrors(found);
    const first = ORDER.find((field) => found[field]);
    if (first) {
      focus(first);
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
          const field = describeResetError(error, 'reset-password').field;
          focus(field === 'code' || field === 'password' ? field : 'alert');
        },
      },
    );
  };

  return (
    <SentCodeForm
      sent={sent}
      fallback={t('passwordReset.reset.fallback')}
      recipient={rich(t('passwordReset.reset.recipient', { username }), [
        (text) => <strong>{text}</strong>,
      ])}
      codeLabel={t('passwordReset.reset.codeLabel')}
      codeError={errorFor('code')}
      isResending={resend.isPending}
      onSubmit={handleSubmit}
    >
      <NewPasswordPair
        label={t('passwordReset.reset.newPassword')}
        state={newPassword}
        id={id}
        error={errorFor}
      />
      <FormError
        id={id('alert')}
        heading={
          confirm.error
            ? t('passwordReset.reset.failed')
            : sentCodeMessages.t('sentCode.resendFailed')
        }
        error={server}
        fieldsShown={SHOWN_AT_FIELD}
      />
      <SubmitButton
        isLoading={confirm.isPending || confirm.isSuccess}
        loadingText={t('passwordReset.reset.saving')}
      >
        {t('passwordReset.reset.submit')}
      </SubmitButton>
    </SentCodeForm>
  );
}
