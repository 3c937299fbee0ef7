import { configMessages } from '../lib/config/config-messages';
import { describeProblem } from '../lib/config/describe-problem';
import type { ConfigProblem } from '../lib/config/types';
import { rich } from '../lib/i18n/rich-text';
import { useI18n } from '../lib/i18n/use-i18n';
import { PageLayout } from './page-layout';
import { Alert, Heading, Text, View } from './ui';

// File names are data: the same in every language.
const FILE = 'config.json';
const LOCAL_FILE = 'public/config.json';
const code = (text: string) => <code>{text}</code>;

/** Start-up failure screen: names every config key that is wrong and what is wrong with it. */
export function ConfigErrorPage({ problems }: { problems: readonly ConfigProblem[] }) {
  const { t } = useI18n(configMessages);
  return (
    <PageLayout>
      <Heading level={1}>{t('configError.title')}</Heading>
      <Alert
        variation="error"
        heading={t('configError.problems', { file: FILE })}
        marginBlock="medium"
      >
        <View as="ul" className="config-problems">
          {problems.map((problem) => (
            <li key={`${problem.key}: ${JSON.stringify(problem.text)}`}>
              {rich(describeProblem(problem), [code])}
            </li>
          ))}
        </View>
      </Alert>
      <Text>{rich(t('configError.fix', { file: FILE, localFile: LOCAL_FILE }), [code, code])}</Text>
    </PageLayout>
  );
}
