import { QueryState } from '../../../components/query-state';
import { Alert, Text } from '../../../components/ui';
import { Table, TableBody, TableCell, TableHeadRow, TableRow } from '../../../components/ui/table';
import { ApiErrorAlert } from '../../../lib/api/api-error-alert';
import type { ApiUser } from '../../../lib/api/api-user';
import { ForbiddenError } from '../../../lib/api/errors';
import { formatTimestamp } from '../../../lib/api/format-timestamp';
import { useAdminUsers } from '../api/list-admin-users';
import './admin.css';

/** Every user the API has seen; a non-admin gets the API's 403 as a plain sentence. */
export function AdminUsers() {
  return (
    <QueryState
      query={useAdminUsers()}
      loading="Loading users…"
      failed={(failure) =>
        failure.error instanceof ForbiddenError ? (
          <Alert variation="warning" heading="You don't have access to this page">
            Only members of the admin group can see the list of users.
          </Alert>
        ) : (
          <ApiErrorAlert heading="Could not load the users" {...failure} />
        )
      }
    >
      {(users) => <UsersTable users={users} />}
    </QueryState>
  );
}

function UsersTable({ users }: { users: readonly ApiUser[] }) {
  if (users.length === 0) return <Text>The API has not seen any users yet.</Text>;
  return (
    <Table caption="Users the API has seen" variation="striped" className="admin-users">
      <TableHeadRow columns={['Username', 'API user ID', 'Created', 'Last seen']} />
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
