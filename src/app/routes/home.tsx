import { Link as RouterLink } from 'react-router';
import { SectionCard } from '../../components/section-card';
import { Flex, Heading, Link, Text } from '../../components/ui';
import { paths } from '../../config/paths';
import {
  type CurrentSession,
  getSessionQueryOptions,
  useCurrentSession,
} from '../../lib/auth/get-current-session';
import { useConfig } from '../../lib/config/config-context';
import { ConfigSummary } from '../config-summary';
import { homeMessages } from '../home-messages';
import type { RouteContext } from '../route-context';
import './home.css';
import { rich } from '../../lib/i18n/rich-text';
import { useI18n } from '../../lib/i18n/use-i18n';

export const clientLoader =
  ({ queryClient }: RouteContext) =>
  async () => {
    await queryClient.ensureQueryData(getSessionQueryOptions());
    return null;
  };

// Sign-out lives in the header, on every page; this card only says where to go next.
function SignedIn({ session }: { session: CurrentSession }) {
  const { t } = useI18n(homeMessages);
  return (
    <SectionCard title={t('home.account')}>
      <Flex direction="column" gap="small" alignItems="flex-start">
        <Text>
          {rich(
            t('header.signedInAs', { name: session.email ?? session.loginId ?? session.username }),
            [(name) => <strong>{name}</strong>],
          )}
        </Text>
        <Flex as="ul" className="home-links" gap="medium" wrap="wrap">
          <li>
            <Link as={RouterLink} to={paths.profile.getHref()}>
              {t('home.profile')}
            </Link>
          </li>
          <li>
            <Link as={RouterLink} to={paths.claims.getHref()}>
              {t('home.claims')}
            </Link>
          </li>
          <li>
            <Link as={RouterLink} to={paths.notes.getHref()}>
              {t('home.notes')}
            </Link>
          </li>
        </Flex>
      </Flex>
    </SectionCard>
  );
}

function SignedOut() {
  const { t } = useI18n(homeMessages);
  return (
    <SectionCard title={t('home.account')}>
      <Flex direction="column" gap="small" alignItems="flex-start">
        <Text>{t('home.notSignedIn')}</Text>
        <Flex as="ul" className="home-links" gap="medium" wrap="wrap">
          <li>
            <Link as={RouterLink} to={paths.auth.signIn.getHref()}>
              {t('home.signIn')}
            </Link>
          </li>
          <li>
            <Link as={RouterLink} to={paths.auth.signUp.getHref()}>
              {t('home.createAccount')}
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
  const { t } = useI18n(homeMessages);
  return (
    <Flex direction="column" gap="large">
      <Heading level={1}>{t('home.title')}</Heading>
      <Text>{t(session ? 'home.introSignedIn' : 'home.introSignedOut')}</Text>
      {session ? <SignedIn session={session} /> : <SignedOut />}
      <ConfigSummary config={config} />
    </Flex>
  );
}
