import { Flex, Heading } from '../../components/ui';
import { NotesPanel } from '../../features/notes/components/notes-panel';

export default function NotesRoute() {
  return (
    <Flex direction="column" gap="large">
      <Heading level={1}>Notes</Heading>
      <NotesPanel />
    </Flex>
  );
}
