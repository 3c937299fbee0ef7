import { Alert, Button, type ButtonProps } from '../../../components/ui';
import { describeAccountError } from '../../../lib/auth/account-error';

type ActionButtonProps = Omit<ButtonProps, 'isLoading'> & {
  /** The change it starts: the button spins while it runs, and says under it why it failed. */
  readonly action: { readonly isPending: boolean; readonly error: unknown };
  readonly errorHeading: string;
};

/** A button that asks Cognito for a change, and why it failed under it, to try again. */
export function ActionButton({ action, errorHeading, ...button }: ActionButtonProps) {
  return (
    <>
      <div>
        <Button {...button} isLoading={action.isPending} />
      </div>
      {action.error != null && (
        <Alert variation="error" heading={errorHeading}>
          {describeAccountError(action.error, 'account').message}
        </Alert>
      )}
    </>
  );
}
