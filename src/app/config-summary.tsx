import { DetailsList } from '../components/details-list';
import { SectionCard } from '../components/section-card';
import type { AppConfig } from '../lib/config/types';
import { useI18n } from '../lib/i18n/use-i18n';
import { homeMessages } from './home-messages';

/** The public settings this build runs against, to make "which pool am I on?" obvious. */
export function ConfigSummary({ config }: { config: AppConfig }) {
  const { t } = useI18n(homeMessages);
  return (
    <SectionCard title={t('config.title')}>
      <DetailsList
        details={{
          [t('config.environment')]: <code>{config.environmentName ?? t('config.unnamed')}</code>,
          [t('config.region')]: <code>{config.region}</code>,
          [t('config.userPoolId')]: <code>{config.userPoolId}</code>,
          [t('config.clientId')]: <code>{config.userPoolClientId}</code>,
        }}
      />
    </SectionCard>
  );
}
