import { lazy, Suspense, useState } from 'react';
import { LoadingView } from '../../../components/loading-view';
import { SectionCard } from '../../../components/section-card';
import { Button, Text } from '../../../components/ui';
import type { AppConfig } from '../../../lib/config/types';
import { useI18n } from '../../../lib/i18n/use-i18n';
import { profileMessages } from '../profile-messages';

// Fetched on "Show": the profile's own bundle stays within its budget.
const AwsIdentityDetails = lazy(() => import('./aws-identity-details'));

/**
 * The identity pool's view of the user: their identity id and when the temporary AWS
 * credentials expire (never the keys). Asked for on request: the first ask creates the
 * identity, and the credentials provider is only downloaded then.
 */
export function AwsIdentityCard({ config }: { config: AppConfig }) {
  const { t } = useI18n(profileMessages);
  const [asked, setAsked] = useState(false);
  return (
    <SectionCard title={t('profile.aws.title')}>
      {asked ? (
        <Suspense fallback={<LoadingView label={t('profile.aws.loading')} />}>
          <AwsIdentityDetails config={config} />
        </Suspense>
      ) : (
        <>
          <Text>{t('profile.aws.intro')}</Text>
          <Button size="small" onClick={() => setAsked(true)}>
            {t('profile.aws.show')}
          </Button>
        </>
      )}
    </SectionCard>
  );
}
