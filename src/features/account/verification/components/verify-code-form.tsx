import { type FormEvent, useEffect } from 'react';
import { FormError, useFormFocus } from '../../../../components/forms/form-error';
import { OneTimeCodeField, useOneTimeCode } from '../../../../components/forms/one-time-code-field';
import { ResendCode } from '../../../../components/forms/resend-code';
import { SubmitButton } from '../../../../components/forms/submit-button';
import { useResendCooldown } from '../../../../components/forms/use-resend-cooldown';
import { Button, Flex } from '../../../../components/ui';
import { describeAccountError } from '../../../../lib/auth/account-error';
import type { CodeDelivery } from '../../../../lib/auth/code-delivery';
import { useConfirmAttribute } from '../../../../lib/auth/confirm-attribute';
import type { ContactAttribute } from '../../../../lib/auth/fetch-user-attributes';
import { useI18n } from '../../../../lib/i18n/use-i18n';
import { CONTACT_WORDS, codeSentText } from '../utils/contact-words';
import { verificationMessages } from '../verification-messages';

/** Asking for another code: the call that sends it, and how it went. */
export interface Resend {
  readonly send: () => void;
  readonly isPending: boolean;
  readonly error: unknown;
}

interface VerifyCodeFormProps {
  readonly attribute: ContactAttribute;
  /** What the code was sent to, in full, when Cognito's masked destination is missing. */
  readonly value: string;
  readonly delivery: CodeDelivery;
  /** When the last code went: "Send a new code" waits out its cooldown from then. */
  readonly sentAt: number;
  readonly resend: Resend;
  readonly onVerified: () => void;
  readonly onCancel?: () => void;
  readonly cancelLabel?: string;
  /** Puts the keyboard in the code field on opening: the user was just told a code is coming. */
  readonly autoFocus?: boolean;
}

/**
 * The code we sent to an email or phone number: the field, "Verify", and "Send a new code" with
 * its cooldown. A wrong or expired code is said at the field, which keeps what was typed.
 */
export function VerifyCodeForm({
  attribute,
  value,
  delivery,
  sentAt,
  resend,
  onVerified,
  onCancel,
  cancelLabel,
  autoFocus = false,
}: VerifyCodeFormProps) {
  const form = useFormFocus();
  const oneTimeCode = useOneTimeCode(form.id('code'));
  const confirm = useConfirmAttribute();
  const secondsLeft = useResendCooldown(sentAt);
  const words = CONTACT_WORDS[attribute];
  const { t } = useI18n(verificationMessages);
  const codeId = form.id('code');
  useEffect(() => {
    if (autoFocus) document.getElementById(codeId)?.focus();
  }, [autoFocus, codeId]);

  const confirmError = confirm.error
    ? describeAccountError(confirm.error, 'account-details')
    : undefined;
  const codeError =
    oneTimeCode.error ?? (confirmError?.field === 'code' ? confirmError.message : undefined);
  const resendError = resend.error
    ? describeAccountError(resend.error, 'account-details')
    : undefined;

  const handleSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (confirm.isPending) return;
    confirm.reset();
    if (!oneTimeCode.check()) return;
    confirm.mutateAsync({ attribute, code: oneTimeCode.code }).then(onVerified, (error) => {
      form.focus(
        describeAccountError(error, 'account-details').field === 'code' ? 'code' : 'alert',
      );
    });
  };

  const sendNewCode = () => {
    confirm.reset();
    resend.send();
  };

  return (
    <Flex direction="column" gap="small" className="verify-code">
      <Flex
        as="form"
        direction="column"
        gap="small"
        noValidate
        onSubmit={handleSubmit}
        aria-label={t(words.verifyYour)}
      >
        {/* Where the code went is the field's description: read out as the field gets focus. */}
        <OneTimeCodeField
          id={form.id('code')}
          hint={codeSentText(delivery, value)}
          value={oneTimeCode.code}
          onChange={oneTimeCode.setCode}
          errorMessage={codeError}
        />
        <FormError id={form.id('alert')} error={confirmError} fieldsShown={['code']} />
        <FormError
          id={form.id('resend-alert')}
          heading={t('verification.newCodeNotSent')}
          error={resendError}
        />
        <Flex gap="small" wrap="wrap">
          <SubmitButton isLoading={confirm.isPending} loadingText={t('verification.checkingCode')}>
            {t('verification.verify')}
          </SubmitButton>
          {onCancel && (
            <Button onClick={onCancel} isDisabled={confirm.isPending}>
              {cancelLabel ?? t('verification.cancel')}
            </Button>
          )}
        </Flex>
      </Flex>
      <ResendCode secondsLeft={secondsLeft} isPending={resend.isPending} onResend={sendNewCode} />
    </Flex>
  );
}
