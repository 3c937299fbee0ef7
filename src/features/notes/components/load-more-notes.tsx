import { Button } from '../../../components/ui';
import { ApiErrorAlert } from '../../../lib/api/api-error-alert';
import { useI18n } from '../../../lib/i18n/use-i18n';
import type { useNotes } from '../api/list-notes';
import { notesMessages } from '../notes-messages';

interface LoadMoreNotesProps {
  readonly notes: ReturnType<typeof useNotes>;
  /** After a page arrived: how many notes it added, and whether there are more still. */
  readonly onLoaded: (count: number, more: boolean) => void;
}

/** "Load more notes" under the list while the API has older ones, and why it failed if it did. */
export function LoadMoreNotes({ notes, onLoaded }: LoadMoreNotesProps) {
  const { t } = useI18n(notesMessages);
  const loadMore = async () => {
    const before = notes.data?.pages.length ?? 0;
    const result = await notes.fetchNextPage();
    if (result.isError) return;
    const added = result.data?.pages.slice(before).flatMap((page) => page.notes).length ?? 0;
    onLoaded(added, result.hasNextPage);
  };
  // A failed next page leaves the loaded notes as they are, with its own alert and retry.
  if (notes.isFetchNextPageError) {
    return (
      <ApiErrorAlert
        heading={t('notes.loadMoreFailed')}
        error={notes.error}
        onRetry={() => void loadMore()}
        isRetrying={notes.isFetchingNextPage}
      />
    );
  }
  if (!notes.hasNextPage) return null;
  return (
    <Button
      onClick={() => void loadMore()}
      isLoading={notes.isFetchingNextPage}
      loadingText={t('notes.loadingMore')}
    >
      {t('notes.loadMore')}
    </Button>
  );
}
