import { Button, Flex, Text } from '../../../components/ui';
import { formatTimestamp } from '../../../lib/api/format-timestamp';
import { useI18n } from '../../../lib/i18n/use-i18n';
import type { Note } from '../api/note';
import { notesMessages } from '../notes-messages';
import './notes.css';

/** The start of a note, to name it in buttons and messages without reading all of it out. */
export const excerpt = (text: string, max = 40): string => {
  const chars = [...text];
  return chars.length > max ? `${chars.slice(0, max).join('')}…` : text;
};

interface NoteListProps {
  readonly notes: readonly Note[];
  readonly onDelete: (note: Note) => void;
}

/** The caller's notes, newest first, each with its own delete button. */
export function NoteList({ notes, onDelete }: NoteListProps) {
  const { t } = useI18n(notesMessages);
  if (notes.length === 0) {
    return <Text>{t('notes.empty')}</Text>;
  }
  return (
    <ul className="note-list">
      {notes.map((note) => (
        <li key={note.id}>
          <Flex justifyContent="space-between" alignItems="flex-start" gap="medium">
            <div className="note-body">
              <p className="note-text">{note.text}</p>
              <Text as="span" fontSize="small" className="note-date">
                <time dateTime={note.createdAt}>{formatTimestamp(note.createdAt)}</time>
              </Text>
            </div>
            {/* The visible word starts the name (WCAG label in name); the rest says which note. */}
            <Button
              size="small"
              variation="destructive"
              aria-label={t('notes.deleteNamed', { excerpt: excerpt(note.text) })}
              onClick={() => onDelete(note)}
            >
              {t('notes.delete')}
            </Button>
          </Flex>
        </li>
      ))}
    </ul>
  );
}
