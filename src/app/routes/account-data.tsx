import { Flex, Heading, Text } from '../../components/ui';
import { AccountData } from '../../features/account/data/components/account-data';

// No loader: nothing is read until the user asks for a download.
export default function AccountDataRoute() {
  return (
    <Flex direction="column" gap="large">
      <Heading level={1}>Your data</Heading>
      <Text>Take a copy of everything this app holds about you, or delete your account.</Text>
      <AccountData />
    </Flex>
  );
}
