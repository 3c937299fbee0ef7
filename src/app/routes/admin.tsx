import { Flex, Heading } from '../../components/ui';
import { AdminUsers } from '../../features/admin/components/admin-users';

// The nav shows this page to admins only, but the API decides: anyone may open the URL.
export default function AdminRoute() {
  return (
    <Flex direction="column" gap="large">
      <Heading level={1}>Admin</Heading>
      <AdminUsers />
    </Flex>
  );
}
