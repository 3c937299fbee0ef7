import { readFileSync } from 'node:fs';
import { App, type CfnElement } from 'aws-cdk-lib';
import { Template } from 'aws-cdk-lib/assertions';
import type { IConstruct } from 'constructs';
import { addSiteStack } from '../../lib/site-app.ts';
import { SiteStack } from '../../lib/site-stack.ts';
import { parseStackSettings, type SettingsContext } from '../../lib/stack-settings.ts';

// The feature flags bin/app.ts runs with, so tests synthesize what `cdk synth` does.
const CDK_JSON: { context: Record<string, unknown> } = JSON.parse(
  readFileSync(new URL('../../cdk.json', import.meta.url), 'utf8'),
);

/** Only what is required. */
export const MINIMAL_CONTEXT = {
  apiUrl: 'https://api.example.com',
  region: 'eu-west-1',
} as const satisfies SettingsContext;

/** No apiUrl: the stack deploys its own API (site-api.ts) and config.json names it. */
export const OWN_API_CONTEXT = { region: 'eu-west-1' } as const satisfies SettingsContext;

/** Google sign-in through the hosted domain, on the default CloudFront domain, without SES. */
export const FEDERATED_CONTEXT = {
  ...MINIMAL_CONTEXT,
  hostedDomainPrefix: 'example-spa',
  googleClientId: '1234-abc.apps.googleusercontent.com',
  googleClientSecretName: 'cognito-spa/google-client-secret',
} as const satisfies SettingsContext;

/** Every option on. */
export const FULL_CONTEXT = {
  ...FEDERATED_CONTEXT,
  apiUrl: 'https://api.example.com/v1',
  domainName: 'app.example.com',
  certificateArn:
    'arn:aws:acm:us-east-1:123456789012:certificate/0f5b1c2d-3e4f-5a6b-7c8d-9e0f1a2b3c4d',
  sesFromEmail: 'no-reply@example.com',
  sesVerifiedDomain: 'example.com',
  environmentName: 'staging',
  stackName: 'CognitoSpaStaging',
  priceClass: 'PriceClass_200',
} as const satisfies SettingsContext;

/** SMS MFA opted in (an SNS role for Cognito), on top of the minimal context. */
export const SMS_CONTEXT = {
  ...MINIMAL_CONTEXT,
  smsMfa: 'true',
} as const satisfies SettingsContext;

/** A synthesized stack and its template. */
export interface SynthesizedSite {
  readonly app: App;
  readonly stack: SiteStack;
  readonly template: Template;
}

/** Options for synthSite. */
export interface SynthOptions {
  /**
   * CDK's built-in CloudFormation schema validation, which `cdk synth` runs too. Off by
   * default: loading its schemas costs seconds per test file; the cdk-nag test turns it on.
   */
  readonly schemaValidation?: boolean;
}

/**
 * The app as bin/app.ts builds it (cdk.json flags, cdk-nag with its acknowledgments),
 * synthesized once: Template.fromStack runs the nag plugin and throws on any finding.
 */
export function synthSite(context: SettingsContext, options: SynthOptions = {}): SynthesizedSite {
  const app = new App({
    context: { ...CDK_JSON.context, ...context },
    builtinCloudFormationValidation: options.schemaValidation ?? false,
  });
  const stack = addSiteStack(app, {});
  return { app, stack, template: Template.fromStack(stack) };
}

/** The three contexts above, each synthesized once (per test file: files run apart). */
export function synthVariants() {
  return {
    minimal: synthSite(MINIMAL_CONTEXT),
    federated: synthSite(FEDERATED_CONTEXT),
    full: synthSite(FULL_CONTEXT),
  };
}

/** The stack alone: no cdk-nag plugin and no acknowledgments, to see the raw findings. */
export function bareSiteStack(context: SettingsContext): SiteStack {
  const app = new App({ context: CDK_JSON.context, builtinCloudFormationValidation: false });
  const settings = parseStackSettings(context);
  return new SiteStack(app, settings.stackName, { settings, env: { region: settings.region } });
}

/** The logical id CloudFormation knows an L2 construct's resource by. */
export function logicalId(stack: SiteStack, construct: IConstruct): string {
  return stack.getLogicalId(construct.node.defaultChild as CfnElement);
}

/** Template JSON, read by path in assertions. */
// biome-ignore lint/suspicious/noExplicitAny: a synthesized template has no static shape.
export type TemplateJson = any;

/** The one resource of `type` in the template with its logical id; fails unless exactly one. */
export function onlyResource(
  site: SynthesizedSite,
  type: string,
): { id: string; Properties: TemplateJson } {
  const entries = Object.entries(site.template.findResources(type));
  if (entries.length !== 1) throw new Error(`expected one ${type}, found ${entries.length}`);
  const [id, resource] = entries[0] as [string, { Properties: TemplateJson }];
  return { id, Properties: resource.Properties };
}
