import type { ConfigProblem } from '../lib/config/types';
import { PageLayout } from './page-layout';
import { Alert, Heading, Text, View } from './ui';

/** Start-up failure screen: names every config key that is wrong and what is wrong with it. */
export function ConfigErrorPage({ problems }: { problems: readonly ConfigProblem[] }) {
  return (
    <PageLayout>
      <Heading level={1}>This app is not configured correctly</Heading>
      <Alert variation="error" heading="config.json has problems" marginBlock="medium">
        <View as="ul" className="config-problems">
          {problems.map((problem) => (
            <li key={`${problem.key}: ${problem.message}`}>
              <code>{problem.key}</code> {problem.message}
            </li>
          ))}
        </View>
      </Alert>
      <Text>
        Fix <code>config.json</code> where this site is served from (locally:{' '}
        <code>public/config.json</code>), then reload the page.
      </Text>
    </PageLayout>
  );
}
