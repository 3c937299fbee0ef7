import { Flex, Loader, Text } from './ui';

/** Shown while a route's code or data loads, so a slow network never means a blank page. */
export function LoadingView() {
  return (
    <Flex role="status" alignItems="center" gap="small">
      <Loader />
      <Text>Loading…</Text>
    </Flex>
  );
}
