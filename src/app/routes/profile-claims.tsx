import { useSuspenseQuery } from '@tanstack/react-query';
import { Link as RouterLink } from 'react-router';
import { SectionCard } from '../../components/section-card';
import { Flex, Heading, Link, Text } from '../../components/ui';
import { paths } from '../../config/paths';
import { ClaimsTable } from '../../features/profile/components/claims-table';
import { profileMessages } from '../../features/profile/profile-messages';
import { getClaimsQueryOptions } from '../../lib/auth/get-id-token-claims';
import { rich } from '../../lib/i18n/rich-text';
import { useI18n } from '../../lib/i18n/use-i18n';
import type { RouteContext } from '../route-context';

export const clientLoader =
  ({ queryClient }: RouteContext) =>
  async () => {
    await queryClient.ensureQueryData(getClaimsQueryOptions());
    return null;
  };

export default function ProfileClaimsRoute() {
  const { data } = useSuspenseQuery(getClaimsQueryOptions());
  const { t } = useI18n(profileMessages);
  return (
    <Flex direction="column" gap="large">
      <Heading level={1}>{t('profile.claims.title')}</Heading>
      <Text>
        {rich(t('profile.claims.intro'), [
          (text) => (
            <Link as={RouterLink} to={paths.profile.getHref()}>
              {text}
            </Link>
          ),
        ])}
      </Text>
      <SectionCard title={t('profile.claims.idToken')}>
        {data.idToken ? (
          <ClaimsTable caption={t('profile.claims.idTokenCaption')} claims={data.idToken} />
        ) : (
          <Text>{t('profile.claims.noIdToken')}</Text>
        )}
      </SectionCard>
      <SectionCard title={t('profile.claims.accessToken')}>
        {data.accessToken ? (
          <ClaimsTable caption={t('profile.claims.accessTokenCaption')} claims={data.accessToken} />
        ) : (
          <Text>{t('profile.claims.noAccessToken')}</Text>
        )}
      </SectionCard>
    </Flex>
  );
}
