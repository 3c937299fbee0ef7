import { Link as RouterLink, useNavigate } from 'react-router';
import { Alert, Button, Flex, Link, Text } from '../../../components/ui';
import { paths } from '../../../config/paths';
import { useCurrentSession } from '../../auth/api/get-current-session';
import { type SignOutOutcome, useSignOut } from '../../auth/api/sign-out';
import { useSignOutEverywhere } from '../../auth/api/sign-out-everywhere';
import { describeAuthError } from '../../auth/utils/auth-error';

// The mutation's state shows the error; the rejected promise needs no more handling.
const ignore = () => undefined;

function SignOutActions() {
  const navigate = useNavigate();
  const signOut = useSignOut();
  const everywhere = useSignOutEverywhere();
  const busy = signOut.isPending || everywhere.isPending;
  // Not mutate's onSuccess: that never runs here, as signing out unmounts these buttons.
  // After a hosted-domain sign-in, Amplify is already taking the page to its logout page.
  const landOnSignIn = ({ redirecting }: SignOutOutcome) => {
    if (!redirecting) navigate(paths.auth.signIn.getHref(null, 'signed-out'), { replace: true });
  };
  const failed = signOut.error ?? everywhere.error;
  return (
    <>
      <Button
        size="small"
        onClick={() => {
          everywhere.reset();
          signOut.mutateAsync().then(landOnSignIn, ignore);
        }}
        isDisabled={busy}
        isLoading={signOut.isPending}
        loadingText="Signing out…"
      >
        Sign out
      </Button>
      <Button
        size="small"
        variation="link"
        onClick={() => {
          signOut.reset();
          everywhere.mutateAsync().then(landOnSignIn, ignore);
        }}
        isDisabled={busy}
        isLoading={everywhere.isPending}
        loadingText="Signing out everywhere…"
      >
        Sign out everywhere
      </Button>
      {failed && (
        <Alert variation="error" heading="Sign-out failed" className="app-account__error">
          {describeAuthError(failed, 'account').message} You are still signed in.
        </Alert>
      )}
    </>
  );
}

/** Who is signed in with the sign-out actions, or a sign-in link. */
export function AccountArea() {
  const session = useCurrentSession();
  if (!session) {
    return (
      <Link as={RouterLink} to={paths.auth.signIn.getHref()}>
        Sign in
      </Link>
    );
  }
  return (
    <Flex alignItems="center" gap="small" wrap="wrap" className="app-account">
      <Text as="span">
        Signed in as <strong>{session.email ?? session.loginId ?? session.username}</strong>
      </Text>
      <SignOutActions />
    </Flex>
  );
}
