import { SectionCard } from '../../../components/section-card';
import { Flex, Loader, Text } from '../../../components/ui';
import { ApiErrorAlert } from '../../../lib/api/api-error-alert';
import { formatTimestamp } from '../../../lib/api/format-timestamp';
import { useMe } from '../api/get-me';
import { Detail, DetailsList } from './details-list';

const Timestamp = ({ iso }: { iso: string }) => <time dateTime={iso}>{formatTimestamp(iso)}</time>;

/** The API's own record of the signed-in user, from GET /api/me: proof the token works there. */
export function ApiUserCard() {
  const me = useMe();
  return (
    <SectionCard title="Your record in the API">
      {me.isPending ? (
        <Flex role="status" alignItems="center" gap="small">
          <Loader />
          <Text as="span">Loading your API record…</Text>
        </Flex>
      ) : me.isError ? (
        <ApiErrorAlert
          heading="Could not load your API record"
          error={me.error}
          onRetry={() => void me.refetch()}
          isRetrying={me.isFetching}
        />
      ) : (
        <DetailsList>
          <Detail term="API user ID">
            <code>{me.data.user.id}</code>
          </Detail>
          <Detail term="Created">
            <Timestamp iso={me.data.user.createdAt} />
          </Detail>
          <Detail term="Last seen">
            <Timestamp iso={me.data.user.lastSeenAt} />
          </Detail>
        </DetailsList>
      )}
    </SectionCard>
  );
}
