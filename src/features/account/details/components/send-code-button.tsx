import { Alert, Button } from '../../../../components/ui';
import { describeAccountError } from '../../../../lib/auth/account-error';

interface SendCodeButtonProps {
  readonly label: string;
  readonly action: { readonly isPending: boolean; readonly error: unknown };
  readonly onClick: () => void;
}

/** Asks Cognito to send a code to the value in use; why it failed shows under it. */
export function SendCodeButton({ label, action, onClick }: SendCodeButtonProps) {
  return (
    <>
      <Button
        variation="primary"
        onClick={onClick}
        isLoading={action.isPending}
        loadingText="Sending a code…"
      >
        {label}
      </Button>
      {action.error != null && (
        <Alert variation="error" heading="The code was not sent" className="details-fill">
          {describeAccountError(action.error, 'account-details').message}
        </Alert>
      )}
    </>
  );
}
