import { useSuspenseQuery } from '@tanstack/react-query';
import { Link as RouterLink } from 'react-router';
import { Flex, Heading, Link, Text } from '../../components/ui';
import { paths } from '../../config/paths';
import { getMeQueryOptions } from '../../features/profile/api/get-me';
import { ApiUserCard } from '../../features/profile/components/api-user-card';
import { AwsIdentityCard } from '../../features/profile/components/aws-identity-card';
import { ProfileDetails } from '../../features/profile/components/profile-details';
import { profileMessages } from '../../features/profile/profile-messages';
import { prefetchWhenSignedIn } from '../../lib/auth/get-current-session';
import { getIdTokenClaimsQueryOptions } from '../../lib/auth/get-id-token-claims';
import { useConfig } from '../../lib/config/config-context';
import { rich } from '../../lib/i18n/rich-text';
import { useI18n } from '../../lib/i18n/use-i18n';
import type { RouteContext } from '../route-context';

// Claims come from the stored tokens (no Cognito call), so the page renders with them at once;
// the API record starts loading beside them and shows its own progress.
export const clientLoader =
  ({ queryClient, apiClient }: RouteContext) =>
  async () => {
    await Promise.all([
      queryClient.ensureQueryData(getIdTokenClaimsQueryOptions()),
      prefetchWhenSignedIn(queryClient, getMeQueryOptions(apiClient)),
    ]);
    return null;
  };

export default function ProfileRoute() {
  const { data: claims } = useSuspenseQuery(getIdTokenClaimsQueryOptions());
  const config = useConfig();
  const { t } = useI18n(profileMessages);
  return (
    <Flex direction="column" gap="large">
      <Heading level={1}>{t('profile.title')}</Heading>
      {claims ? (
        <>
          <Text>
            {rich(t('profile.fromIdToken'), [
              (text) => (
                <Link as={RouterLink} to={paths.claims.getHref()}>
                  {text}
                </Link>
              ),
            ])}
          </Text>
          <ProfileDetails claims={claims} />
        </>
      ) : (
        <Text>{t('profile.notSignedIn')}</Text>
      )}
      <ApiUserCard />
      {claims && config.identityPoolId && <AwsIdentityCard config={config} />}
    </Flex>
  );
}
