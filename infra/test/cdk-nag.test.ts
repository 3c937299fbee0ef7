import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Annotations, Match } from 'aws-cdk-lib/assertions';
import { AwsSolutionsChecks } from 'cdk-nag';
import { describe, expect, it } from 'vitest';
import { nagSuppressions } from '../lib/nag-suppressions.ts';
import type { SiteStack } from '../lib/site-stack.ts';
import {
  bareSiteStack,
  FEDERATED_CONTEXT,
  FULL_CONTEXT,
  MINIMAL_CONTEXT,
  OWN_API_CONTEXT,
  SMS_CONTEXT,
  synthSite,
} from './support/site-stack-fixtures.ts';

const VARIANTS = [
  ['without optional context', MINIMAL_CONTEXT],
  ['with federation on the CloudFront domain', FEDERATED_CONTEXT],
  ['with custom domain, federation and SES', FULL_CONTEXT],
  ['with our own API (no apiUrl)', OWN_API_CONTEXT],
  ['with SMS MFA (an SNS role)', SMS_CONTEXT],
] as const;

/** AwsSolutions findings as "rule at construct path", acknowledged ones left out. */
function findings(stack: SiteStack): string[] {
  return new AwsSolutionsChecks()
    .validateScope(stack)
    .violations.flatMap((violation) =>
      violation.violatingResources.map(
        (resource) => `${violation.ruleName} at ${resource.constructPath}`,
      ),
    );
}

describe.each(VARIANTS)('cdk-nag AwsSolutions %s', (_, context) => {
  // As `cdk synth` runs it: cdk-nag as a validation plugin plus CDK's schema validation.
  // Synthesis itself throws on any unacknowledged finding.
  const { app, stack } = synthSite(context, { schemaValidation: true });

  it('leaves no finding unacknowledged', () => {
    expect(findings(stack)).toEqual([]);
  });

  it('writes an empty validation report and no AwsSolutions annotations', () => {
    const report = JSON.parse(readFileSync(join(app.outdir, 'validation-report.json'), 'utf8'));
    expect(report.pluginReports).toEqual([]);
    const annotations = Annotations.fromStack(stack);
    expect(annotations.findError('*', Match.stringLikeRegexp('AwsSolutions-.*'))).toEqual([]);
    expect(annotations.findWarning('*', Match.stringLikeRegexp('AwsSolutions-.*'))).toEqual([]);
    // Nor anything else CDK warns about (deprecated APIs, ignored props).
    expect(annotations.findWarning('*', Match.anyValue())).toEqual([]);
  });

  it('acknowledges only findings that really occur, each on its own construct', () => {
    const bare = bareSiteStack(context);
    const raw = findings(bare);
    const expected = nagSuppressions(bare).map(
      ({ id, construct }) => `${id} at ${construct.node.path}/Resource`,
    );
    expect(raw.sort()).toEqual(expected.sort());
  });
});

describe('nag suppressions', () => {
  const onDefaultDomain = nagSuppressions(bareSiteStack(MINIMAL_CONTEXT));
  const onCustomDomain = nagSuppressions(bareSiteStack(FULL_CONTEXT));

  it('give a specific reason for each', () => {
    for (const { id, reason } of [...onDefaultDomain, ...onCustomDomain]) {
      // A rule id, with the finding it accepts for rules that name one (IAM5's wildcards).
      expect(id).toMatch(/^AwsSolutions-[A-Z]+\d+(\[[^\]]+\])?$/);
      expect(reason.length, id).toBeGreaterThan(80);
    }
  });

  it('accept the default-certificate TLS finding only without a custom domain', () => {
    expect(onDefaultDomain.map(({ id }) => id)).toContain('AwsSolutions-CFR4');
    expect(onCustomDomain.map(({ id }) => id)).not.toContain('AwsSolutions-CFR4');
  });
});
