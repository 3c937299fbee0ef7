import { Alert } from '../../../../components/ui';
import { describeAccountError } from '../../../../lib/auth/account-error';
import { useI18n } from '../../../../lib/i18n/use-i18n';
import { verificationMessages } from '../verification-messages';

/** Why Cognito did not send a code, when it did not. */
export function SendCodeError({ error }: { error: unknown }) {
  const { t } = useI18n(verificationMessages);
  if (error == null) return null;
  return (
    <Alert variation="error" heading={t('verification.codeNotSent')}>
      {describeAccountError(error, 'account-details').message}
    </Alert>
  );
}
