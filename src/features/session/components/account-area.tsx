import { Link as RouterLink } from 'react-router';
import { Flex, Link, Text } from '../../../components/ui';
import { paths } from '../../../config/paths';
import { useCurrentSession } from '../../../lib/auth/get-current-session';
import { SignOutActions } from './sign-out-actions';

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
