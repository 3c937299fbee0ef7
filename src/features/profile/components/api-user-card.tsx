import { DetailsList } from '../../../components/details-list';
import { QueryState } from '../../../components/query-state';
import { SectionCard } from '../../../components/section-card';
import { ApiErrorAlert } from '../../../lib/api/api-error-alert';
import { formatTimestamp } from '../../../lib/api/format-timestamp';
import { useI18n } from '../../../lib/i18n/use-i18n';
import { useMe } from '../api/get-me';
import { profileMessages } from '../profile-messages';

const Timestamp = ({ iso }: { iso: string }) => <time dateTime={iso}>{formatTimestamp(iso)}</time>;

/** The API's own record of the signed-in user, from GET /api/me: proof the token works there. */
export function ApiUserCard() {
  const { t } = useI18n(profileMessages);
  const me = useMe();
  return (
    <SectionCard title={t('profile.apiRecord')}>
      <QueryState
        query={me}
        loading={t('profile.apiRecordLoading')}
        failed={(failure) => <ApiErrorAlert heading={t('profile.apiRecordFailed')} {...failure} />}
      >
        {({ user }) => (
          <DetailsList
            details={{
              [t('profile.apiUserId')]: <code>{user.id}</code>,
              [t('profile.created')]: <Timestamp iso={user.createdAt} />,
              [t('profile.lastSeen')]: <Timestamp iso={user.lastSeenAt} />,
            }}
          />
        )}
      </QueryState>
    </SectionCard>
  );
}
