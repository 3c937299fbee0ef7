import type { QueryClient } from '@tanstack/react-query';
import { useSuspenseQuery } from '@tanstack/react-query';
import { Link as RouterLink } from 'react-router';
import { Flex, Heading, Link, Text } from '../../components/ui';
import { paths } from '../../config/paths';
import { getIdTokenClaimsQueryOptions } from '../../features/auth/api/get-id-token-claims';
import { ApiUserCard } from '../../features/profile/components/api-user-card';
import { ProfileDetails } from '../../features/profile/components/profile-details';

// Claims come from the stored tokens (no Cognito call), so the page renders with them at once.
export const clientLoader = (queryClient: QueryClient) => async () => {
  await queryClient.ensureQueryData(getIdTokenClaimsQueryOptions());
  return null;
};

export default function ProfileRoute() {
  const { data: claims } = useSuspenseQuery(getIdTokenClaimsQueryOptions());
  return (
    <Flex direction="column" gap="large">
      <Heading level={1}>Your profile</Heading>
      {claims ? (
        <>
          <Text>
            Read from your ID token on this device.{' '}
            <Link as={RouterLink} to={paths.claims.getHref()}>
              See every claim
            </Link>
          </Text>
          <ProfileDetails claims={claims} />
        </>
      ) : (
        <Text>You are not signed in.</Text>
      )}
      <ApiUserCard />
    </Flex>
  );
}
