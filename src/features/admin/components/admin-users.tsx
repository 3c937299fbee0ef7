import {
  Alert,
  Flex,
  Loader,
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableRow,
  Text,
} from '../../../components/ui';
import { ApiErrorAlert } from '../../../lib/api/api-error-alert';
import { ForbiddenError } from '../../../lib/api/errors';
import { formatTimestamp } from '../../../lib/api/format-timestamp';
import { useAdminUsers } from '../api/list-admin-users';
import './admin.css';

/** Every user the API has seen; a non-admin gets the API's 403 as a plain sentence. */
export function AdminUsers() {
  const users = useAdminUsers();
  if (users.isPending) {
    return (
      <Flex role="status" alignItems="center" gap="small">
        <Loader />
        <Text as="span">Loading users…</Text>
      </Flex>
    );
  }
  if (users.error instanceof ForbiddenError) {
    return (
      <Alert variation="warning" heading="You don't have access to this page">
        Only members of the admin group can see the list of users.
      </Alert>
    );
  }
  if (users.isError) {
    return (
      <ApiErrorAlert
        heading="Could not load the users"
        error={users.error}
        onRetry={() => void users.refetch()}
        isRetrying={users.isFetching}
      />
    );
  }
  if (users.data.length === 0) return <Text>The API has not seen any users yet.</Text>;
  return (
    <Table caption="Users the API has seen" variation="striped" className="admin-users">
      <TableHead>
        <TableRow>
          <TableCell as="th" scope="col">
            Username
          </TableCell>
          <TableCell as="th" scope="col">
            API user ID
          </TableCell>
          <TableCell as="th" scope="col">
            Created
          </TableCell>
          <TableCell as="th" scope="col">
            Last seen
          </TableCell>
        </TableRow>
      </TableHead>
      <TableBody>
        {users.data.map((user) => (
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
