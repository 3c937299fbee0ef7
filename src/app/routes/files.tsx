import { Flex, Heading, Text } from '../../components/ui';
import { FilesPanel } from '../../features/files/components/files-panel';
import { filesMessages } from '../../features/files/files-messages';
import { configureIdentityPool } from '../../lib/auth/configure-identity-pool';
import { isSignedIn } from '../../lib/auth/get-current-session';
import { useConfig } from '../../lib/config/config-context';
import { useI18n } from '../../lib/i18n/use-i18n';
import { listFilesQueryOptions } from '../../lib/storage-files/list-files';
import type { RouteContext } from '../route-context';

// Storage code and the identity pool's credentials provider arrive with this chunk only.
export const clientLoader =
  ({ config, queryClient }: RouteContext) =>
  async () => {
    if (!config.storage) return null;
    await configureIdentityPool(config);
    // Started, not awaited: the page shows its own loading state for the list.
    if (await isSignedIn(queryClient)) {
      void queryClient.prefetchQuery(listFilesQueryOptions(config.storage));
    }
    return null;
  };

export default function FilesRoute() {
  const { storage } = useConfig();
  const { t } = useI18n(filesMessages);
  return (
    <Flex direction="column" gap="large">
      <Heading level={1}>{t('files.title')}</Heading>
      {storage ? (
        <>
          <Text>{t('files.intro')}</Text>
          <FilesPanel storage={storage} />
        </>
      ) : (
        <Text>{t('files.notOffered')}</Text>
      )}
    </Flex>
  );
}
