import { Link as RouterLink } from 'react-router';
import { Heading, Link, Text } from '../../components/ui';
import { paths } from '../../config/paths';

export default function NotFoundRoute() {
  return (
    <>
      <Heading level={1}>Page not found</Heading>
      <Text marginBlock="medium">There is nothing at this address.</Text>
      <Link as={RouterLink} to={paths.home.getHref()}>
        Go to the home page
      </Link>
    </>
  );
}
