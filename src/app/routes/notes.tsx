import { Flex, Heading } from '../../components/ui';
import { listNotesQueryOptions } from '../../features/notes/api/list-notes';
import { NotesPanel } from '../../features/notes/components/notes-panel';
import { notesMessages } from '../../features/notes/notes-messages';
import { isSignedIn } from '../../lib/auth/get-current-session';
import { useI18n } from '../../lib/i18n/use-i18n';
import type { RouteContext } from '../route-context';

export const clientLoader =
  ({ queryClient, apiClient }: RouteContext) =>
  async () => {
    // The first page only, started and not awaited, as prefetchWhenSignedIn does for plain reads.
    if (await isSignedIn(queryClient)) {
      void queryClient.prefetchInfiniteQuery(listNotesQueryOptions(apiClient));
    }
    return null;
  };

export default function NotesRoute() {
  const { t } = useI18n(notesMessages);
  return (
    <Flex direction="column" gap="large">
      <Heading level={1}>{t('notes.title')}</Heading>
      <NotesPanel />
    </Flex>
  );
}
