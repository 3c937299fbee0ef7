import { Flex, Heading, Link, Text } from '@aws-amplify/ui-react';
import type { QueryClient } from '@tanstack/react-query';
import { Link as RouterLink } from 'react-router';
import { ConfigSummary } from '../../components/config-summary';
import { SectionCard } from '../../components/section-card';
import { paths } from '../../config/paths';
import {
  getSessionQueryOptions,
  useCurrentSession,
} from '../../features/auth/api/get-current-session';
import { SignOutButton } from '../../features/auth/components/sign-out-button';
import { useConfig } from '../../lib/config/config-context';

export const clientLoader = (queryClient: QueryClient) => async () => {
  await queryClient.ensureQueryData(getSessionQueryOptions());
  return null;
};

function SessionCard() {
  const session = useCurrentSession();
  return (
    <SectionCard title="Account">
      <Flex direction="column" gap="small" alignItems="flex-start">
        {session ? (
          <>
            <Text>
              Signed in as <strong>{session.loginId ?? session.username}</strong>
            </Text>
            <SignOutButton />
          </>
        ) : (
          <>
            <Text>You are not signed in.</Text>
            <Link as={RouterLink} to={paths.auth.signIn.getHref()}>
              Sign in
            </Link>
          </>
        )}
      </Flex>
    </SectionCard>
  );
}

export default function HomeRoute() {
  const config = useConfig();
  return (
    <Flex direction="column" gap="large">
      <Heading level={1}>Home</Heading>
      <SessionCard />
      <ConfigSummary config={config} />
    </Flex>
  );
}
