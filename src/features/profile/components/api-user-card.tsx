import { DetailsList } from '../../../components/details-list';
import { QueryState } from '../../../components/query-state';
import { SectionCard } from '../../../components/section-card';
import { ApiErrorAlert } from '../../../lib/api/api-error-alert';
import { formatTimestamp } from '../../../lib/api/format-timestamp';
import { useMe } from '../api/get-me';

const Timestamp = ({ iso }: { iso: string }) => <time dateTime={iso}>{formatTimestamp(iso)}</time>;

/** The API's own record of the signed-in user, from GET /api/me: proof the token works there. */
export function ApiUserCard() {
  const me = useMe();
  return (
    <SectionCard title="Your record in the API">
      <QueryState
        query={me}
        loading="Loading your API record…"
        failed={(failure) => (
          <ApiErrorAlert heading="Could not load your API record" {...failure} />
        )}
      >
        {({ user }) => (
          <DetailsList
            details={{
              'API user ID': <code>{user.id}</code>,
              Created: <Timestamp iso={user.createdAt} />,
              'Last seen': <Timestamp iso={user.lastSeenAt} />,
            }}
          />
        )}
      </QueryState>
    </SectionCard>
  );
}
