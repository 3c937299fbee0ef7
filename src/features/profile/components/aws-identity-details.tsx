import { DetailsList } from '../../../components/details-list';
import { QueryState } from '../../../components/query-state';
import { RetryAlert } from '../../../components/retry-alert';
import { getAuthErrorName } from '../../../lib/auth/auth-error-name';
import { useAwsIdentity } from '../../../lib/auth/get-aws-identity';
import type { AppConfig } from '../../../lib/config/types';
import { useI18n } from '../../../lib/i18n/use-i18n';
import { profileMessages } from '../profile-messages';
import { formatEpoch } from '../utils/format-time';
import './profile.css';

function describe(error: Error): string {
  const { t } = profileMessages;
  const name = getAuthErrorName(error);
  console.warn(`[identity] ${name}`);
  if (name === 'NetworkError') return t('profile.aws.network');
  if (name === 'NotAuthorizedException' || name === 'NoCredentials') {
    return t('profile.aws.notAuthorized');
  }
  return t('profile.aws.unknown');
}

/** The identity id and credentials' expiry, read from the identity pool when first shown. */
export default function AwsIdentityDetails({ config }: { config: AppConfig }) {
  const { t } = useI18n(profileMessages);
  const identity = useAwsIdentity(config);
  return (
    <QueryState
      query={identity}
      loading={t('profile.aws.loading')}
      failed={({ error, onRetry, isRetrying }) => (
        <RetryAlert
          heading={t('profile.aws.failed')}
          message={describe(error)}
          onRetry={onRetry}
          isRetrying={isRetrying}
        />
      )}
    >
      {({ identityId, expiresAt }) => (
        <DetailsList
          details={{
            [t('profile.aws.identityId')]: <code className="profile-wrap">{identityId}</code>,
            [t('profile.aws.expires')]:
              expiresAt === null ? (
                t('profile.aws.expiryUnknown')
              ) : (
                <time dateTime={new Date(expiresAt).toISOString()}>
                  {formatEpoch(expiresAt / 1000)}
                </time>
              ),
          }}
        />
      )}
    </QueryState>
  );
}
