import { QueryState } from '../../../components/query-state';
import { Alert, Text } from '../../../components/ui';
import { Table, TableBody, TableCell, TableHeadRow, TableRow } from '../../../components/ui/table';
import { ApiErrorAlert } from '../../../lib/api/api-error-alert';
import type { ApiUser } from '../../../lib/api/api-user';
import { ForbiddenError } from '../../../lib/api/errors';
import { formatTimestamp } from '../../../lib/api/format-timestamp';
import { useI18n } from '../../../lib/i18n/use-i18n';
import { adminMessages } from '../admin-messages';
import { useAdminUsers } from '../api/list-admin-users';
import './admin.css';

/** Every user the API has seen; a non-admin gets the API's 403 as a plain sentence. */
export function AdminUsers() {
  const { t } = useI18n(adminMessages);
  return (
    <QueryState
      query={useAdminUsers()}
      loading={t('admin.loading')}
      failed={(failure) =>
        failure.error instanceof ForbiddenError ? (
          <Alert variation="warning" heading={t('admin.forbiddenTitle')}>
            {t('admin.forbidden')}
          </Alert>
        ) : (
          <ApiErrorAlert heading={t('admin.loadFailed')} {...failure} />
        )
      }
    >
      {(users) => <UsersTable users={users} />}
    </QueryState>
  );
}

function UsersTable({ users }: { users: readonly ApiUser[] }) {
  const { t } = useI18n(adminMessages);
  if (users.length === 0) return <Text>{t('admin.empty')}</Text>;
  return (
    <Table caption={t('admin.caption')} variation="striped" className="admin-users">
      <TableHeadRow
        columns={[t('admin.username'), t('admin.userId'), t('admin.created'), t('admin.lastSeen')]}
      />
      <TableBody>
        {users.map((user) => (
          <TableRow key={user.id}>
            <TableCell as="th" scope="row">
              {user.username}
            </TableCell>
            <TableCell>
              <code>{user.id}</code>
            </TableCell>
            <TableCell>
              <time dateTime={user.createdAt}>{formatTimestamp(user.createdAt)}</time>
            </TableCell>
            <TableCell>
              <time dateTime={user.lastSeenAt}>{formatTimestamp(user.lastSeenAt)}</time>
            </TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}
