import { Flex, Heading, Text } from '../../components/ui';
import { AccountData } from '../../features/account/data/components/account-data';
import { dataMessages } from '../../features/account/data/data-messages';
import { useI18n } from '../../lib/i18n/use-i18n';

// No loader: nothing is read until the user asks for a download.
export default function AccountDataRoute() {
  const { t } = useI18n(dataMessages);
  return (
    <Flex direction="column" gap="large">
      <Heading level={1}>{t('data.title')}</Heading>
      <Text>{t('data.intro')}</Text>
      <AccountData />
    </Flex>
  );
}
