import type { AppConfig } from '../lib/config/types';
import { DetailsList } from './details-list';
import { SectionCard } from './section-card';

/** The public settings this build runs against, to make "which pool am I on?" obvious. */
export function ConfigSummary({ config }: { config: AppConfig }) {
  return (
    <SectionCard title="Configuration">
      <DetailsList
        details={{
          Environment: <code>{config.environmentName ?? '(unnamed)'}</code>,
          Region: <code>{config.region}</code>,
          'User pool ID': <code>{config.userPoolId}</code>,
          'App client ID': <code>{config.userPoolClientId}</code>,
        }}
      />
    </SectionCard>
  );
}
