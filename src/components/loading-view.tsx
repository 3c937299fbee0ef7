import { useI18n } from '../lib/i18n/use-i18n';
import { Flex, Loader, Text } from './ui';

/** Said while something loads (a route's code, a section's data): never a blank page. */
export function LoadingView({ label }: { label?: string }) {
  const { t } = useI18n();
  return (
    <Flex role="status" alignItems="center" gap="small">
      <Loader />
      <Text as="span">{label ?? t('app.loading')}</Text>
    </Flex>
  );
}
