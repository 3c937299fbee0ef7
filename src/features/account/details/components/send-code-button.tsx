import { Alert, Button } from '../../../../components/ui';
import { describeAccountError } from '../../../../lib/auth/account-error';
import { useI18n } from '../../../../lib/i18n/use-i18n';
import { verificationMessages } from '../../verification/verification-messages';

interface SendCodeButtonProps {
  readonly label: string;
  readonly action: { readonly isPending: boolean; readonly error: unknown };
  readonly onClick: () => void;
}

/** Asks Cognito to send a code to the value in use; why it failed shows under it. */
export function SendCodeButton({ label, action, onClick }: SendCodeButtonProps) {
  const { t } = useI18n(verificationMessages);
  return (
    <>
      <Button
        variation="primary"
        onClick={onClick}
        isLoading={action.isPending}
        loadingText={t('verification.sendingCode')}
      >
        {label}
      </Button>
      {action.error != null && (
        <Alert variation="error" heading={t('verification.codeNotSent')} className="details-fill">
          {describeAccountError(action.error, 'account-details').message}
        </Alert>
      )}
    </>
  );
}
