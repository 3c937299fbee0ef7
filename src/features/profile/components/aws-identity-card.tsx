import { lazy, Suspense, useState } from 'react';
import { LoadingView } from '../../../components/loading-view';
import { SectionCard } from '../../../components/section-card';
import { Button, Text } from '../../../components/ui';
import type { AppConfig } from '../../../lib/config/types';

// Fetched on "Show": the profile's own bundle stays within its budget.
const AwsIdentityDetails = lazy(() => import('./aws-identity-details'));

/**
 * The identity pool's view of the user: their identity id and when the temporary AWS
 * credentials expire (never the keys). Asked for on request: the first ask creates the
 * identity, and the credentials provider is only downloaded then.
 */
export function AwsIdentityCard({ config }: { config: AppConfig }) {
  const [asked, setAsked] = useState(false);
  return (
    <SectionCard title="Your AWS identity">
      {asked ? (
        <Suspense fallback={<LoadingView label="Getting your AWS credentials…" />}>
          <AwsIdentityDetails config={config} />
        </Suspense>
      ) : (
        <>
          <Text>
            The identity pool trades your sign-in for temporary AWS credentials, which open your
            private files.
          </Text>
          <Button size="small" onClick={() => setAsked(true)}>
            Show AWS identity
          </Button>
        </>
      )}
    </SectionCard>
  );
}
