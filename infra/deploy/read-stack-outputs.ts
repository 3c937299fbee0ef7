import { problemInEnglish } from '../../src/lib/config/problem-in-english';
import type { AppConfig } from '../../src/lib/config/types.ts';
import { validateConfig } from '../../src/lib/config/validate-config.ts';
import { STACK_OUTPUTS } from '../lib/stack-outputs.ts';

export interface DeployTarget {
  readonly siteUrl: string;
  readonly bucket: string;
  readonly distributionId: string;
  readonly config: AppConfig;
}

/**
 * What the deploy needs from `cdk deploy --outputs-file` ({ stackName: { Output: value } }).
 * The config is checked with the app's own validator: a deploy never publishes a config.json
 * the app would refuse at start-up.
 */
export function readStackOutputs(raw: unknown, stackName: string): DeployTarget {
  const outputs = (raw as Record<string, Record<string, unknown>> | null)?.[stackName];
  if (!outputs || typeof outputs !== 'object') {
    throw new Error(`The CDK outputs have no stack named ${stackName}.`);
  }
  const problems: string[] = [];
  const text = (name: string) => {
    const value = outputs[name];
    if (typeof value !== 'string' || value === '') problems.push(`output ${name} is missing`);
    return typeof value === 'string' ? value : '';
  };
  const siteUrl = text(STACK_OUTPUTS.siteUrl);
  const bucket = text(STACK_OUTPUTS.bucketName);
  const distributionId = text(STACK_OUTPUTS.distributionId);
  let config: AppConfig | undefined;
  try {
    const result = validateConfig(JSON.parse(text(STACK_OUTPUTS.appConfig) || 'null'));
    if (result.ok) config = result.config;
    else problems.push(...result.problems.map((p) => `AppConfig ${problemInEnglish(p)}`));
  } catch {
    problems.push(`output ${STACK_OUTPUTS.appConfig} is not JSON`);
  }
  if (problems.length > 0 || !config) {
    throw new Error(`The stack's outputs cannot be deployed:\n  - ${problems.join('\n  - ')}`);
  }
  return { siteUrl, bucket, distributionId, config };
}
