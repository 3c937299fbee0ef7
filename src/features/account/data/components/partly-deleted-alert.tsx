import { Alert, Button, Flex, Text } from '../../../../components/ui';
import { getAuthErrorName } from '../../../../lib/auth/auth-error-name';
import { isSessionOverError } from '../../../../lib/auth/listen-to-auth-events';
import { useSession } from '../../../../lib/session/session-context';
import { describeDataError } from '../utils/describe-data-error';

interface PartlyDeletedAlertProps {
  /** For focus: the alert takes it when it appears. */
  readonly id: string;
  /** Why Cognito refused; absent while a retry is under way. */
  readonly error: unknown;
  readonly isRetrying: boolean;
  /** Runs only the step that is left: deleting the Cognito user. */
  readonly onRetry: () => void;
}

/**
 * The API's data is gone and the sign-in account is not. Usually trying again finishes it;
 * when the session itself is over, only a new sign-in can, and the user comes back here.
 */
export function PartlyDeletedAlert({ id, error, isRetrying, onRetry }: PartlyDeletedAlertProps) {
  const session = useSession();
  const name = error ? getAuthErrorName(error) : '';
  // Amplify's name when it has no tokens left to send.
  const sessionOver = isSessionOverError(name) || name === 'UserUnAuthenticatedException';
  return (
    <Alert id={id} tabIndex={-1} variation="error" heading="Your account is only partly deleted">
      <Flex direction="column" gap="small" alignItems="flex-start">
        <Text as="span">
          Your notes and your record in the app’s API are deleted, but your sign-in account still
          exists.
        </Text>
        {sessionOver ? (
          <>
            <Text as="span">
              Your session ended before your sign-in account could be deleted. Sign in again, then
              delete your account here once more: only your sign-in account is left.
            </Text>
            <Button size="small" onClick={() => void session.endSession()}>
              Sign in again
            </Button>
          </>
        ) : (
          <>
            <Text as="span">
              {error ? `${describeDataError(error)} ` : ''}Try again to delete your sign-in account
              as well.
            </Text>
            <Button
              variation="destructive"
              size="small"
              onClick={onRetry}
              isLoading={isRetrying}
              loadingText="Deleting your sign-in account…"
            >
              Delete my sign-in account
            </Button>
          </>
        )}
      </Flex>
    </Alert>
  );
}
