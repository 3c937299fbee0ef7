import { Outlet } from 'react-router';
import { Flex } from '../../components/ui';
import { AccountNav } from '../../features/account/components/account-nav';

/** The account area: its sub-navigation above whichever section is open. */
export default function AccountLayoutRoute() {
  return (
    <Flex direction="column" gap="large">
      <AccountNav />
      <Outlet />
    </Flex>
  );
}
