import { describe, expect, it } from 'vitest';
import { validateConfig } from '../../src/lib/config/validate-config.ts';
import { buildAppConfig } from '../lib/app-config.ts';
import { STACK_OUTPUTS } from '../lib/stack-outputs.ts';
import {
  FULL_CONTEXT,
  logicalId,
  MINIMAL_CONTEXT,
  type SynthesizedSite,
  synthSite,
} from './support/site-stack-fixtures.ts';

// Synthesized once per variant; every test below reads these.
const minimal = synthSite(MINIMAL_CONTEXT);
const full = synthSite(FULL_CONTEXT);

/** What CloudFormation's Ref returns for the pools, client and bucket, made up but well-formed. */
const IDS = {
  userPoolId: 'eu-west-1_AbCdEf123',
  userPoolClientId: '1example23456789abcdefghij',
  identityPoolId: 'eu-west-1:0a1b2c3d-1111-4222-8333-444455556666',
  filesBucketName: 'cognitospa-filesbucket7c17ee2e-1a2b3c4d5e6f',
};

/** An output value as CloudFormation resolves it, with Refs looked up in `refs`. */
function resolve(value: unknown, refs: Record<string, string>): string {
  if (typeof value === 'string') return value;
  const intrinsic = value as { Ref?: string; 'Fn::Join'?: [string, unknown[]] };
  if (intrinsic.Ref !== undefined) {
    const resolved = refs[intrinsic.Ref];
    if (resolved === undefined) throw new Error(`unexpected Ref ${intrinsic.Ref}`);
    return resolved;
  }
  if (intrinsic['Fn::Join']) {
    const [separator, parts] = intrinsic['Fn::Join'];
    return parts.map((part) => resolve(part, refs)).join(separator);
  }
  throw new Error(`unexpected intrinsic ${JSON.stringify(value)}`);
}

/** The AppConfig output as the deploy reads it once CloudFormation has filled in the ids. */
function deployedConfig(site: SynthesizedSite): unknown {
  const { stack, template } = site;
  const output = template.findOutputs(STACK_OUTPUTS.appConfig)[STACK_OUTPUTS.appConfig];
  return JSON.parse(
    resolve(output?.Value, {
      [logicalId(stack, stack.auth.userPool)]: IDS.userPoolId,
      [logicalId(stack, stack.auth.client)]: IDS.userPoolClientId,
      [stack.getLogicalId(stack.files.identityPool)]: IDS.identityPoolId,
      [logicalId(stack, stack.files.bucket)]: IDS.filesBucketName,
    }),
  );
}

describe.each([
  ['minimal', minimal],
  ['full', full],
] as const)('stack outputs (%s)', (_, site) => {
  const { stack, template } = site;

  it('exports what the deploy needs, under the names in STACK_OUTPUTS', () => {
    // ApiUrl only when the stack deploys its own API (site-stack-api.test.ts); these name one.
    expect(Object.keys(template.findOutputs('*')).sort()).toEqual(
      Object.values(STACK_OUTPUTS)
        .filter((name) => name !== STACK_OUTPUTS.apiUrl)
        .sort(),
    );
    const distributionId = logicalId(stack, stack.hosting.distribution);
    template.hasOutput(STACK_OUTPUTS.bucketName, {
      Value: { Ref: logicalId(stack, stack.hosting.bucket) },
    });
    template.hasOutput(STACK_OUTPUTS.distributionId, { Value: { Ref: distributionId } });
    template.hasOutput(STACK_OUTPUTS.identityPoolId, {
      Value: { Ref: stack.getLogicalId(stack.files.identityPool) },
    });
    template.hasOutput(STACK_OUTPUTS.filesBucketName, {
      Value: { Ref: logicalId(stack, stack.files.bucket) },
    });
    template.hasOutput(STACK_OUTPUTS.distributionDomainName, {
      Value: { 'Fn::GetAtt': [distributionId, 'DomainName'] },
    });
  });

  it('exports a config.json the app’s validateConfig accepts as is', () => {
    const config = deployedConfig(site);
    expect(config).toEqual(buildAppConfig(stack.settings, IDS));
    // Files is offered: the identity pool and the bucket, on the regional endpoints.
    expect(config).toMatchObject({
      identityPoolId: IDS.identityPoolId,
      storage: { bucket: IDS.filesBucketName, region: 'eu-west-1' },
    });
    expect(config).not.toHaveProperty('identityPoolEndpoint');
    expect(config).not.toHaveProperty('storage.endpoint');
    expect(validateConfig(config)).toEqual({ ok: true, config, unknownKeys: [] });
  });
});

describe('SiteUrl', () => {
  it('is the distribution’s domain without a custom domain', () => {
    const distributionId = logicalId(minimal.stack, minimal.stack.hosting.distribution);
    minimal.template.hasOutput(STACK_OUTPUTS.siteUrl, {
      Value: { 'Fn::Join': ['', ['https://', { 'Fn::GetAtt': [distributionId, 'DomainName'] }]] },
    });
  });

  it('is the custom domain when there is one', () => {
    full.template.hasOutput(STACK_OUTPUTS.siteUrl, { Value: 'https://app.example.com' });
  });
});
