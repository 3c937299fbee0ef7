import { type App, Validations } from 'aws-cdk-lib';
import { AwsSolutionsChecks } from 'cdk-nag';
import { applyNagSuppressions } from './nag-suppressions.ts';
import { SiteStack } from './site-stack.ts';
import { parseStackSettings, readSettingsContext } from './stack-settings.ts';

/**
 * Adds the site stack, configured from the app's context, and the cdk-nag AwsSolutions checks
 * to `app`: what bin/app.ts runs and the tests synthesize. `env` supplies CDK_DEFAULT_ACCOUNT
 * and, without context `region`, CDK_DEFAULT_REGION.
 */
export function addSiteStack(
  app: App,
  env: Readonly<Record<string, string | undefined>>,
): SiteStack {
  const settings = parseStackSettings(readSettingsContext(app.node), env);
  const stack = new SiteStack(app, settings.stackName, {
    settings,
    description: 'cognito-spa: the SPA on S3 + CloudFront, its Cognito user pool and its API',
    env: { account: env.CDK_DEFAULT_ACCOUNT, region: settings.region },
  });
  // Any finding fails the synth; the accepted ones are acknowledged in nag-suppressions.ts.
  Validations.of(app).addPlugins(new AwsSolutionsChecks(app));
  applyNagSuppressions(stack);
  return stack;
}
