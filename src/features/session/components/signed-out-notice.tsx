import { Link as RouterLink } from 'react-router';
import { Card, Heading, Link, Text } from '../../../components/ui';
import { paths } from '../../../config/paths';

/**
 * Shown on a protected page in the moment between the session ending and the move to
 * sign-in (the session layer navigates); never a blank page if that move is slow.
 */
export function SignedOutNotice({ redirectTo }: { redirectTo: string }) {
  return (
    <Card variation="outlined">
      <Heading level={1}>You are signed out</Heading>
      <Text>
        <Link as={RouterLink} to={paths.auth.signIn.getHref(redirectTo)}>
          Sign in
        </Link>{' '}
        to see this page.
      </Text>
    </Card>
  );
}
