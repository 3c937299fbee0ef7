import { Alert, Button } from '../../../components/ui';
import { useSignOut } from '../api/sign-out';

/** Signs out of this browser and shows why if that fails. */
export function SignOutButton() {
  const signOut = useSignOut();
  return (
    <>
      <Button
        onClick={() => signOut.mutate()}
        isDisabled={signOut.isPending}
        isLoading={signOut.isPending}
        loadingText="Signing out…"
      >
        Sign out
      </Button>
      {signOut.isError && (
        <Alert variation="error" heading="Sign-out failed">
          We could not sign you out. Try again.
        </Alert>
      )}
    </>
  );
}
