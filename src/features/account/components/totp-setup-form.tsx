import { type FormEvent, useId } from 'react';
import { FormError, useFocusAfterRender } from '../../../components/forms/form-error';
import { OneTimeCodeField, useOneTimeCode } from '../../../components/forms/one-time-code-field';
import { SubmitButton } from '../../../components/forms/submit-button';
import { TotpSetupSteps } from '../../../components/totp-setup-steps';
import { Button, Flex } from '../../../components/ui';
import { describeAccountError } from '../../../lib/auth/account-error';
import type { TotpSecret } from '../../../lib/auth/set-up-totp';
import { useUpdateMfaPreference } from '../../../lib/auth/update-mfa-preference';
import { useVerifyTotpSetup } from '../../../lib/auth/verify-totp-setup';
import { useI18n } from '../../../lib/i18n/use-i18n';
import { securityMessages } from '../security-messages';

interface TotpSetupFormProps {
  readonly secret: TotpSecret;
  /** Labels the steps: the id of the heading that introduces them. */
  readonly headingId: string;
  readonly onDone: () => void;
  readonly onCancel: () => void;
}

/**
 * Links an authenticator app: QR code and key, then the app's first code. Cognito checks the
 * code (VerifySoftwareToken), then TOTP is turned on and preferred (SetUserMFAPreference).
 * If only the second call fails, the app stays linked and "Turn on" retries just that.
 */
export function TotpSetupForm({ secret, headingId, onDone, onCancel }: TotpSetupFormProps) {
  const { t } = useI18n(securityMessages);
  const idPrefix = useId();
  const ids = { code: `${idPrefix}-code`, alert: `${idPrefix}-alert` };
  const focus = useFocusAfterRender();
  const oneTimeCode = useOneTimeCode(ids.code);
  const verify = useVerifyTotpSetup();
  const enable = useUpdateMfaPreference();
  const verified = verify.isSuccess;
  const busy = verify.isPending || enable.isPending;

  const verifyError = verify.error ? describeAccountError(verify.error, 'account') : undefined;
  const codeError =
    oneTimeCode.error ?? (verifyError?.field === 'code' ? verifyError.message : undefined);
  // Turning it on fails only once the app is linked.
  const enableError = enable.error
    ? {
        message: t('security.totp.linkedNotOn', {
          reason: describeAccountError(enable.error, 'account').message,
        }),
      }
    : undefined;

  const turnOn = () => {
    enable.mutateAsync({ totp: 'PREFERRED' }).then(onDone, () => focus(ids.alert));
  };

  const handleSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (busy) return;
    if (verified) return turnOn();
    verify.reset();
    if (!oneTimeCode.check()) return;
    verify.mutateAsync(oneTimeCode.code).then(turnOn, (error: unknown) => {
      focus(describeAccountError(error, 'account').field === 'code' ? ids.code : ids.alert);
    });
  };

  return (
    <Flex
      as="form"
      direction="column"
      gap="medium"
      noValidate
      onSubmit={handleSubmit}
      aria-labelledby={headingId}
    >
      <TotpSetupSteps setupUri={secret.setupUri} secret={secret.sharedSecret}>
        {verified ? (
          t('security.totp.linked')
        ) : (
          <>
            {t('security.totp.enterCode')}
            <OneTimeCodeField
              id={ids.code}
              value={oneTimeCode.code}
              onChange={oneTimeCode.setCode}
              errorMessage={codeError}
            />
          </>
        )}
      </TotpSetupSteps>
      <FormError id={ids.alert} error={verifyError ?? enableError} fieldsShown={['code']} />
      <Flex gap="small" wrap="wrap">
        <SubmitButton
          isLoading={busy}
          loadingText={t(
            verify.isPending ? 'security.totp.checkingCode' : 'security.totp.turningOn',
          )}
        >
          {t(verified ? 'security.totp.turnOn' : 'security.totp.verifyAndTurnOn')}
        </SubmitButton>
        <Button onClick={onCancel} isDisabled={busy}>
          {t('security.totp.cancel')}
        </Button>
      </Flex>
    </Flex>
  );
}
