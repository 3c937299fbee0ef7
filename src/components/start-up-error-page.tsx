import { PageLayout } from './page-layout';
import { Alert, Button, Heading, Text } from './ui';

/**
 * Start-up failed for a reason other than config.json (a bug, a browser without a feature
 * we need). Shows only the error's name: its message could hold tokens or user data.
 */
export function StartUpErrorPage({ errorName }: { errorName: string }) {
  return (
    <PageLayout>
      <Heading level={1}>This app could not start</Heading>
      <Alert variation="error" heading="Something went wrong while starting" marginBlock="medium">
        Reload the page to try again. If it keeps happening, contact support and mention the
        reference <code>{errorName}</code>.
      </Alert>
      <Text>
        <Button onClick={() => window.location.reload()}>Reload the page</Button>
      </Text>
    </PageLayout>
  );
}
