import { type FormEvent, useId, useState } from 'react';
import { isCompleteCode, OneTimeCodeField } from '../../../components/one-time-code-field';
import { TotpSetupSteps } from '../../../components/totp-setup-steps';
import { Alert, Button, Flex } from '../../../components/ui';
import type { TotpSecret } from '../../auth/api/set-up-totp';
import { useUpdateMfaPreference } from '../../auth/api/update-mfa-preference';
import { useVerifyTotpSetup } from '../../auth/api/verify-totp-setup';
import { describeAuthError } from '../../auth/utils/auth-error';
import { useFocusLater } from '../utils/use-focus-later';

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
  const idPrefix = useId();
  const ids = { code: `${idPrefix}-code`, alert: `${idPrefix}-alert` };
  const focus = useFocusLater();
  const [code, setCode] = useState('');
  const [localError, setLocalError] = useState<string>();
  const verify = useVerifyTotpSetup();
  const enable = useUpdateMfaPreference();
  const verified = verify.isSuccess;
  const busy = verify.isPending || enable.isPending;

  const verifyError = verify.error ? describeAuthError(verify.error, 'account') : undefined;
  const codeError = localError ?? (verifyError?.field === 'code' ? verifyError.message : undefined);
  const formError =
    verifyError && verifyError.field !== 'code'
      ? verifyError.message
      : enable.error
        ? describeAuthError(enable.error, 'account').message
        : undefined;

  const turnOn = () => {
    enable.mutateAsync({ totp: 'PREFERRED' }).then(onDone, () => focus(ids.alert));
  };

  const handleSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (busy) return;
    if (verified) return turnOn();
    verify.reset();
    if (!isCompleteCode(code)) {
      setLocalError(code ? 'Enter all 6 digits of the code.' : 'Enter the 6-digit code.');
      focus(ids.code);
      return;
    }
    setLocalError(undefined);
    verify.mutateAsync(code).then(turnOn, (error: unknown) => {
      focus(describeAuthError(error, 'account').field === 'code' ? ids.code : ids.alert);
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
          'Your app is linked.'
        ) : (
          <>
            Enter the 6-digit code the app shows.
            <OneTimeCodeField
              id={ids.code}
              value={code}
              onChange={setCode}
              errorMessage={codeError}
            />
          </>
        )}
      </TotpSetupSteps>
      {formError && (
        <Alert id={ids.alert} tabIndex={-1} variation="error" heading="That did not work">
          {verified && 'Your app is linked, but two-step verification is not on yet. '}
          {formError}
        </Alert>
      )}
      <Flex gap="small" wrap="wrap">
        <Button
          type="submit"
          variation="primary"
          isLoading={busy}
          loadingText={verify.isPending ? 'Checking the code…' : 'Turning it on…'}
        >
          {verified ? 'Turn on authenticator app' : 'Verify and turn on'}
        </Button>
        <Button onClick={onCancel} isDisabled={busy}>
          Cancel
        </Button>
      </Flex>
    </Flex>
  );
}
