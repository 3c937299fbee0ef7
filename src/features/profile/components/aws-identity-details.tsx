import { DetailsList } from '../../../components/details-list';
import { QueryState } from '../../../components/query-state';
import { RetryAlert } from '../../../components/retry-alert';
import { getAuthErrorName } from '../../../lib/auth/auth-error-name';
import { useAwsIdentity } from '../../../lib/auth/get-aws-identity';
import type { AppConfig } from '../../../lib/config/types';
import { formatEpoch } from '../utils/format-time';
import './profile.css';

const NETWORK = "We couldn't reach the identity service. Check your connection and try again.";

function describe(error: Error): string {
  const name = getAuthErrorName(error);
  console.warn(`[identity] ${name}`);
  if (name === 'NetworkError') return NETWORK;
  if (name === 'NotAuthorizedException' || name === 'NoCredentials') {
    return 'The identity pool did not accept your sign-in. Sign out and in again, then try again.';
  }
  return 'Your AWS identity could not be read. Try again in a moment.';
}

/** The identity id and credentials' expiry, read from the identity pool when first shown. */
export default function AwsIdentityDetails({ config }: { config: AppConfig }) {
  const identity = useAwsIdentity(config);
  return (
    <QueryState
      query={identity}
      loading="Getting your AWS credentials…"
      failed={({ error, onRetry, isRetrying }) => (
        <RetryAlert
          heading="Could not get your AWS identity"
          message={describe(error)}
          onRetry={onRetry}
          isRetrying={isRetrying}
        />
      )}
    >
      {({ identityId, expiresAt }) => (
        <DetailsList
          details={{
            'Identity ID': <code className="profile-wrap">{identityId}</code>,
            'AWS credentials expire':
              expiresAt === null ? (
                'Unknown'
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
