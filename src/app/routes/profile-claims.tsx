import { useSuspenseQuery } from '@tanstack/react-query';
import { Link as RouterLink } from 'react-router';
import { SectionCard } from '../../components/section-card';
import { Flex, Heading, Link, Text } from '../../components/ui';
import { paths } from '../../config/paths';
import { ClaimsTable } from '../../features/profile/components/claims-table';
import { getClaimsQueryOptions } from '../../lib/auth/get-id-token-claims';
import type { RouteContext } from '../route-context';

export const clientLoader =
  ({ queryClient }: RouteContext) =>
  async () => {
    await queryClient.ensureQueryData(getClaimsQueryOptions());
    return null;
  };

export default function ProfileClaimsRoute() {
  const { data } = useSuspenseQuery(getClaimsQueryOptions());
  return (
    <Flex direction="column" gap="large">
      <Heading level={1}>Token claims</Heading>
      <Text>
        Every claim in the tokens this browser holds, decoded. The tokens themselves are never
        shown.{' '}
        <Link as={RouterLink} to={paths.profile.getHref()}>
          Back to your profile
        </Link>
      </Text>
      <SectionCard title="ID token">
        {data.idToken ? (
          <ClaimsTable caption="ID token claims" claims={data.idToken} />
        ) : (
          <Text>No ID token: you are not signed in.</Text>
        )}
      </SectionCard>
      <SectionCard title="Access token">
        {data.accessToken ? (
          <ClaimsTable caption="Access token claims" claims={data.accessToken} />
        ) : (
          <Text>No access token: you are not signed in.</Text>
        )}
      </SectionCard>
    </Flex>
  );
}
