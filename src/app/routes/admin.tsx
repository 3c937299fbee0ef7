import { Flex, Heading } from '../../components/ui';
import { adminMessages } from '../../features/admin/admin-messages';
import { listAdminUsersQueryOptions } from '../../features/admin/api/list-admin-users';
import { AdminUsers } from '../../features/admin/components/admin-users';
import { prefetchWhenSignedIn } from '../../lib/auth/get-current-session';
import { useI18n } from '../../lib/i18n/use-i18n';
import type { RouteContext } from '../route-context';

export const clientLoader =
  ({ queryClient, apiClient }: RouteContext) =>
  async () => {
    await prefetchWhenSignedIn(queryClient, listAdminUsersQueryOptions(apiClient));
    return null;
  };

// The nav shows this page to admins only, but the API decides: anyone may open the URL.
export default function AdminRoute() {
  const { t } = useI18n(adminMessages);
  return (
    <Flex direction="column" gap="large">
      <Heading level={1}>{t('admin.title')}</Heading>
      <AdminUsers />
    </Flex>
  );
}
