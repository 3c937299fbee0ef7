import { Flex, Heading, Text } from '../../components/ui';
import { PersonalDetails } from '../../features/account/details/components/personal-details';
import { userAttributesQueryOptions } from '../../lib/auth/fetch-user-attributes';
import { isSignedIn } from '../../lib/auth/get-current-session';
import type { RouteContext } from '../route-context';

const ignore = () => undefined;

/**
 * Reads the attributes from Cognito (GetUser) before the page opens: the ID token may predate
 * a change. A failed read is not a page error: the page says why and offers "Try again".
 * Signed out, nothing is read: the gate is sending the visitor to sign-in.
 */
export const clientLoader =
  ({ queryClient }: RouteContext) =>
  async () => {
    if (!(await isSignedIn(queryClient))) return null;
    await queryClient.ensureQueryData(userAttributesQueryOptions()).catch(ignore);
    return null;
  };

export default function AccountDetailsRoute() {
  return (
    <Flex direction="column" gap="large">
      <Heading level={1}>Personal details</Heading>
      <Text>What we know about you, and how we reach you.</Text>
      <PersonalDetails />
    </Flex>
  );
}
