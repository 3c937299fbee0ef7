import { Flex, Loader, Text } from './ui';

/** Said while something loads (a route's code, a section's data): never a blank page. */
export function LoadingView({ label = 'Loading…' }: { label?: string }) {
  return (
    <Flex role="status" alignItems="center" gap="small">
      <Loader />
      <Text as="span">{label}</Text>
    </Flex>
  );
}
