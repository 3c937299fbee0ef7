import { useEffect, useId } from 'react';
import { Link as RouterLink } from 'react-router';
import { Flex, Heading, Link, Text } from '../../../../components/ui';
import { paths } from '../../../../config/paths';
import './goodbye.css';

/**
 * Where a deleted account lands. Public and needing nothing: the session is gone, and the
 * page must also open cold (a reload, a bookmark). The heading takes focus, so a screen reader
 * starts at the news rather than at a button that no longer exists.
 */
export function Goodbye() {
  const headingId = useId();
  useEffect(() => {
    document.getElementById(headingId)?.focus();
  }, [headingId]);
  return (
    <Flex direction="column" gap="medium" className="goodbye">
      <Heading level={1} id={headingId} tabIndex={-1}>
        Your account has been deleted
      </Heading>
      <Text>
        Your sign-in account, your notes and your record in the app’s API are gone, and you are
        signed out everywhere. Signing in with that account no longer works.
      </Text>
      <Text>Thank you for trying the app.</Text>
      <Flex gap="large" wrap="wrap">
        <Link as={RouterLink} to={paths.home.getHref()}>
          Go to the home page
        </Link>
        <Link as={RouterLink} to={paths.auth.signUp.getHref()}>
          Create a new account
        </Link>
      </Flex>
    </Flex>
  );
}
