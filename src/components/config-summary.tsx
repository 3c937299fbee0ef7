import type { AppConfig } from '../lib/config/types';
import { SectionCard } from './section-card';

/** The public settings this build runs against, to make "which pool am I on?" obvious. */
export function ConfigSummary({ config }: { config: AppConfig }) {
  const rows: [string, string][] = [
    ['Environment', config.environmentName ?? '(unnamed)'],
    ['Region', config.region],
    ['User pool ID', config.userPoolId],
    ['App client ID', config.userPoolClientId],
  ];
  return (
    <SectionCard title="Configuration">
      <dl className="config-summary">
        {rows.map(([term, value]) => (
          <div key={term}>
            <dt>{term}</dt>
            <dd>
              <code>{value}</code>
            </dd>
          </div>
        ))}
      </dl>
    </SectionCard>
  );
}
