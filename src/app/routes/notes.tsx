import { Flex, Heading } from '../../components/ui';
import { listNotesQueryOptions } from '../../features/notes/api/list-notes';
import { NotesPanel } from '../../features/notes/components/notes-panel';
import { isSignedIn } from '../../lib/auth/get-current-session';
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
  return (
    <Flex direction="column" gap="large">
      <Heading level={1}>Notes</Heading>
      <NotesPanel />
    </Flex>
  );
}
