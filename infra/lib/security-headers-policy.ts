import { Duration } from 'aws-cdk-lib';
import * as cloudfront from 'aws-cdk-lib/aws-cloudfront';
import type { Construct } from 'constructs';
import { globalName } from './global-name.ts';
import { SECURITY_HEADERS } from './security-headers.ts';

// Keyed by SECURITY_HEADERS' values, so changing a header there fails to compile here.
const FRAME_OPTIONS: Record<typeof SECURITY_HEADERS.frameOptions, cloudfront.HeadersFrameOption> = {
  DENY: cloudfront.HeadersFrameOption.DENY,
};
const REFERRER_POLICIES: Record<
  typeof SECURITY_HEADERS.referrerPolicy,
  cloudfront.HeadersReferrerPolicy
> = {
  'strict-origin-when-cross-origin':
    cloudfront.HeadersReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN,
};

/**
 * The security headers the local production server sends too (security-headers.ts), with
 * the CSP built from config.json's values. Each overrides whatever the origin sent.
 */
export function createSecurityHeadersPolicy(
  scope: Construct,
  id: string,
  contentSecurityPolicy: string,
): cloudfront.ResponseHeadersPolicy {
  const hsts = SECURITY_HEADERS.strictTransportSecurity;
  return new cloudfront.ResponseHeadersPolicy(scope, id, {
    // CDK's default name leaves out the region, and policy names are unique per account.
    responseHeadersPolicyName: globalName(scope, 'SecurityHeaders', 128),
    comment: 'SPA security headers; CSP from the values config.json holds',
    securityHeadersBehavior: {
      contentSecurityPolicy: { contentSecurityPolicy, override: true },
      strictTransportSecurity: {
        accessControlMaxAge: Duration.seconds(hsts.maxAgeSeconds),
        includeSubdomains: hsts.includeSubdomains,
        preload: hsts.preload,
        override: true,
      },
      contentTypeOptions: { override: true },
      frameOptions: { frameOption: FRAME_OPTIONS[SECURITY_HEADERS.frameOptions], override: true },
      referrerPolicy: {
        referrerPolicy: REFERRER_POLICIES[SECURITY_HEADERS.referrerPolicy],
        override: true,
      },
    },
  });
}
