import { rich } from '../lib/i18n/rich-text';
import { useI18n } from '../lib/i18n/use-i18n';
import { PageLayout } from './page-layout';
import { Alert, Button, Heading, Text } from './ui';

/**
 * Start-up failed for a reason other than config.json (a bug, a browser without a feature
 * we need). Shows only the error's name: its message could hold tokens or user data.
 */
export function StartUpErrorPage({ errorName }: { errorName: string }) {
  const { t } = useI18n();
  return (
    <PageLayout>
      <Heading level={1}>{t('startUp.title')}</Heading>
      <Alert variation="error" heading={t('startUp.heading')} marginBlock="medium">
        {rich(t('startUp.help', { reference: errorName }), [(name) => <code>{name}</code>])}
      </Alert>
      <Text>
        <Button onClick={() => window.location.reload()}>{t('startUp.reload')}</Button>
      </Text>
    </PageLayout>
  );
}
