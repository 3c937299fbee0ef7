import { Link as RouterLink } from 'react-router';
import { ConfigSummary } from '../../components/config-summary';
import { SectionCard } from '../../components/section-card';
import { Flex, Heading, Link, Text } from '../../components/ui';
import { paths } from '../../config/paths';
import {
  type CurrentSession,
  getSessionQueryOptions,
  useCurrentSession,
} from '../../lib/auth/get-current-session';
import { useConfig } from '../../lib/config/config-context';
import type { RouteContext } from '../route-context';
import './home.css';

export const clientLoader =
  ({ queryClient }: RouteContext) =>
  async () => {
    await queryClient.ensureQueryData(getSessionQueryOptions());
    return null;
  };

// Sign-out lives in the header, on every page; this card only says where to go next.
function SignedIn({ session }: { session: CurrentSession }) {
  return (
    <SectionCard title="Account">
      <Flex direction="column" gap="small" alignItems="flex-start">
        <Text>
          Signed in as <strong>{session.email ?? session.loginId ?? session.username}</strong>
        </Text>
        <Flex as="ul" className="home-links" gap="medium" wrap="wrap">
          <li>
            <Link as={RouterLink} to={paths.profile.getHref()}>
              Your profile
            </Link>
          </li>
          <li>
            <Link as={RouterLink} to={paths.claims.getHref()}>
              Token claims
            </Link>
          </li>
          <li>
            <Link as={RouterLink} to={paths.notes.getHref()}>
              Your notes
            </Link>
          </li>
        </Flex>
      </Flex>
    </SectionCard>
  );
}

function SignedOut() {
  return (
    <SectionCard title="Account">
      <Flex direction="column" gap="small" alignItems="flex-start">
        <Text>You are not signed in.</Text>
        <Flex as="ul" className="home-links" gap="medium" wrap="wrap">
          <li>
            <Link as={RouterLink} to={paths.auth.signIn.getHref()}>
              Sign in
            </Link>
          </li>
          <li>
            <Link as={RouterLink} to={paths.auth.signUp.getHref()}>
              Create account
            </Link>
          </li>
        </Flex>
      </Flex>
    </SectionCard>
  );
}

export default function HomeRoute() {
  const config = useConfig();
  const session = useCurrentSession();
  return (
    <Flex direction="column" gap="large">
      <Heading level={1}>Home</Heading>
      <Text>
        {session
          ? 'Your profile, token claims and notes are one click away.'
          : 'Sign in to see your profile and keep notes, or create an account to get started.'}
      </Text>
      {session ? <SignedIn session={session} /> : <SignedOut />}
      <ConfigSummary config={config} />
    </Flex>
  );
}
