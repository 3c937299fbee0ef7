import { Alert } from '../../../../components/ui';
import { describeAccountError } from '../../../../lib/auth/account-error';

/** Why Cognito did not send a code, when it did not. */
export function SendCodeError({ error }: { error: unknown }) {
  if (error == null) return null;
  return (
    <Alert variation="error" heading="The code was not sent">
      {describeAccountError(error, 'account-details').message}
    </Alert>
  );
}
