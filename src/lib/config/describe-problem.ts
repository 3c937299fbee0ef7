import type { MessageValues } from '../i18n/format-message';
import { configMessages } from './config-messages';
import type { ConfigProblem, ConfigText } from './types';

// Values are data, except those that are messages of their own ("an array"): worded first.
const valuesOf = (text: ConfigText): Record<string, string | number> =>
  Object.fromEntries(
    Object.entries(text.values ?? {}).map(([name, value]) => [
      name,
      typeof value === 'object' ? configMessages.t(value.id, valuesOf(value)) : value,
    ]),
  );

/**
 * A config problem as one sentence in the active locale, its key (data, never translated)
 * marked `<0>key</0>` for rich(): "<0>region</0> must look like an AWS region…".
 */
export function describeProblem({ key, text }: ConfigProblem): string {
  const subject =
    text.item === undefined
      ? `<0>${key}</0>`
      : configMessages.t('configError.item', { key, index: text.item });
  const values: MessageValues = { ...valuesOf(text), subject };
  return configMessages.t(text.id, values);
}
