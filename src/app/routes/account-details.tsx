import { Flex, Heading, Text } from '../../components/ui';
import { PersonalDetails } from '../../features/account/details/components/personal-details';
import { detailsMessages } from '../../features/account/details/details-messages';
import { userAttributesQueryOptions } from '../../lib/auth/fetch-user-attributes';
import { isSignedIn } from '../../lib/auth/get-current-session';
import { useI18n } from '../../lib/i18n/use-i18n';
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
  const { t } = useI18n(detailsMessages);
  return (
    <Flex direction="column" gap="large">
      <Heading level={1}>{t('details.title')}</Heading>
      <Text>{t('details.intro')}</Text>
      <PersonalDetails />
    </Flex>
  );
}
