import { readFileSync } from 'node:fs';
import { Match } from 'aws-cdk-lib/assertions';
import { describe, expect, it } from 'vitest';
import {
  ANY_BUCKET,
  contentSecurityPolicy,
  SECURITY_HEADERS,
  securityHeaders,
} from '../lib/security-headers.ts';
import { CACHE_TTL } from '../lib/site-cache-policy.ts';
import type { SiteStack } from '../lib/site-stack.ts';
import { VIEWER_REQUEST_FUNCTION_FILE } from '../lib/viewer-request-function.ts';
import {
  FULL_CONTEXT,
  logicalId,
  onlyResource,
  type SynthesizedSite,
  synthVariants,
  type TemplateJson,
} from './support/site-stack-fixtures.ts';

// Synthesized once per variant; every test below reads these.
const { minimal, federated, full } = synthVariants();
const variants = [
  ['minimal', minimal],
  ['federated', federated],
  ['full', full],
] as const;

const distributionConfig = (site: SynthesizedSite) =>
  onlyResource(site, 'AWS::CloudFront::Distribution').Properties.DistributionConfig;

/**
 * The stack's config.json as its CSP sees it: the files bucket is named only at deploy time,
 * so the CSP allows any bucket of its region (ownFilesEndpoints).
 */
const cspInputs = (stack: SiteStack) => {
  const { storage } = stack.appConfig;
  return { ...stack.appConfig, ...(storage && { storage: { ...storage, bucket: ANY_BUCKET } }) };
};

const headersConfig = (site: SynthesizedSite) =>
  onlyResource(site, 'AWS::CloudFront::ResponseHeadersPolicy').Properties
    .ResponseHeadersPolicyConfig.SecurityHeadersConfig;

describe.each(variants)('site hosting (%s)', (_, site) => {
  const { stack, template } = site;
  const bucketId = logicalId(stack, stack.hosting.bucket);
  const logBucketId = logicalId(stack, stack.hosting.logBucket);
  const distributionId = logicalId(stack, stack.hosting.distribution);

  it('keeps the site bucket private, encrypted, versioned and retained', () => {
    template.hasResource('AWS::S3::Bucket', {
      Properties: Match.objectLike({
        PublicAccessBlockConfiguration: {
          BlockPublicAcls: true,
          BlockPublicPolicy: true,
          IgnorePublicAcls: true,
          RestrictPublicBuckets: true,
        },
        OwnershipControls: { Rules: [{ ObjectOwnership: 'BucketOwnerEnforced' }] },
        BucketEncryption: {
          ServerSideEncryptionConfiguration: [
            { ServerSideEncryptionByDefault: { SSEAlgorithm: 'AES256' } },
          ],
        },
        VersioningConfiguration: { Status: 'Enabled' },
        LoggingConfiguration: {
          DestinationBucketName: { Ref: logBucketId },
          LogFilePrefix: 's3/site/',
        },
      }),
      DeletionPolicy: 'Retain',
      UpdateReplacePolicy: 'Retain',
    });
    expect(Object.keys(template.findResources('AWS::S3::Bucket'))).toContain(bucketId);
  });

  it('adds no Lambda (no autoDeleteObjects, no custom resources)', () => {
    template.resourceCountIs('AWS::Lambda::Function', 0);
    template.resourceCountIs('Custom::S3AutoDeleteObjects', 0);
  });

  it('lets only this distribution read the site bucket, over TLS only', () => {
    const policy = Object.values(template.findResources('AWS::S3::BucketPolicy')).find(
      (resource) => resource.Properties.Bucket.Ref === bucketId,
    );
    const statements: TemplateJson[] = policy?.Properties.PolicyDocument.Statement;
    expect(statements.filter((statement) => statement.Effect === 'Allow')).toEqual([
      {
        Effect: 'Allow',
        Action: 's3:GetObject',
        Principal: { Service: 'cloudfront.amazonaws.com' },
        Resource: { 'Fn::Join': ['', [{ 'Fn::GetAtt': [bucketId, 'Arn'] }, '/*']] },
        Condition: {
          StringEquals: {
            'AWS:SourceArn': {
              'Fn::Join': [
                '',
                [
                  'arn:',
                  { Ref: 'AWS::Partition' },
                  ':cloudfront::',
                  { Ref: 'AWS::AccountId' },
                  ':distribution/',
                  { Ref: distributionId },
                ],
              ],
            },
          },
        },
      },
    ]);
    expect(statements).toContainEqual(
      expect.objectContaining({
        Effect: 'Deny',
        Action: 's3:*',
        Condition: { Bool: { 'aws:SecureTransport': 'false' } },
      }),
    );
  });

  it('reads the bucket through an origin access control, not an OAI', () => {
    const oac = onlyResource(site, 'AWS::CloudFront::OriginAccessControl');
    expect(oac.Properties.OriginAccessControlConfig).toMatchObject({
      OriginAccessControlOriginType: 's3',
      SigningBehavior: 'always',
      SigningProtocol: 'sigv4',
    });
    expect(distributionConfig(site).Origins).toEqual([
      expect.objectContaining({
        DomainName: { 'Fn::GetAtt': [bucketId, 'RegionalDomainName'] },
        OriginAccessControlId: { 'Fn::GetAtt': [oac.id, 'Id'] },
        S3OriginConfig: { OriginAccessIdentity: '' },
      }),
    ]);
    template.resourceCountIs('AWS::CloudFront::CloudFrontOriginAccessIdentity', 0);
  });

  it('logs to a dedicated bucket that keeps ACLs for CloudFront and expires logs', () => {
    template.hasResource('AWS::S3::Bucket', {
      Properties: Match.objectLike({
        OwnershipControls: { Rules: [{ ObjectOwnership: 'BucketOwnerPreferred' }] },
        BucketEncryption: Match.anyValue(),
        LifecycleConfiguration: {
          Rules: [Match.objectLike({ ExpirationInDays: 90, Status: 'Enabled' })],
        },
      }),
    });
    const logPolicy = Object.values(template.findResources('AWS::S3::BucketPolicy')).find(
      (resource) => resource.Properties.Bucket.Ref === logBucketId,
    );
    expect(logPolicy?.Properties.PolicyDocument.Statement).toContainEqual(
      expect.objectContaining({
        Effect: 'Deny',
        Condition: { Bool: { 'aws:SecureTransport': 'false' } },
      }),
    );
    expect(distributionConfig(site).Logging).toEqual({
      Bucket: { 'Fn::GetAtt': [logBucketId, 'RegionalDomainName'] },
      IncludeCookies: false,
      Prefix: 'cloudfront/',
    });
  });

  it('serves deep links with the viewer-request function from spa-rewrite.js', () => {
    const fn = onlyResource(site, 'AWS::CloudFront::Function');
    expect(fn.Properties.FunctionConfig.Runtime).toBe('cloudfront-js-2.0');
    expect(fn.Properties.FunctionCode).toBe(readFileSync(VIEWER_REQUEST_FUNCTION_FILE, 'utf8'));
    expect(distributionConfig(site).DefaultCacheBehavior.FunctionAssociations).toEqual([
      { EventType: 'viewer-request', FunctionARN: { 'Fn::GetAtt': [fn.id, 'FunctionARN'] } },
    ]);
  });

  it('maps no error to index.html (missing chunks and API errors stay errors)', () => {
    template.hasResourceProperties('AWS::CloudFront::Distribution', {
      DistributionConfig: Match.objectLike({ CustomErrorResponses: Match.absent() }),
    });
    expect(distributionConfig(site)).not.toHaveProperty('CustomErrorResponses');
  });

  it('caches by the objects’ own Cache-Control, compressed, keyed on nothing else', () => {
    const policy = onlyResource(site, 'AWS::CloudFront::CachePolicy');
    expect(policy.Properties.CachePolicyConfig).toMatchObject({
      MinTTL: 0,
      DefaultTTL: CACHE_TTL.default.toSeconds(),
      MaxTTL: 365 * 24 * 3600,
      ParametersInCacheKeyAndForwardedToOrigin: {
        EnableAcceptEncodingGzip: true,
        EnableAcceptEncodingBrotli: true,
        CookiesConfig: { CookieBehavior: 'none' },
        HeadersConfig: { HeaderBehavior: 'none' },
        QueryStringsConfig: { QueryStringBehavior: 'none' },
      },
    });
    const config = distributionConfig(site);
    const headersPolicy = onlyResource(site, 'AWS::CloudFront::ResponseHeadersPolicy');
    const behaviour = {
      CachePolicyId: { Ref: policy.id },
      ResponseHeadersPolicyId: { Ref: headersPolicy.id },
      Compress: true,
      ViewerProtocolPolicy: 'redirect-to-https',
      AllowedMethods: ['GET', 'HEAD'],
    };
    expect(config.DefaultCacheBehavior).toMatchObject(behaviour);
    // Hashed chunks take the same policy and skip the (no-op for them) rewrite.
    expect(config.CacheBehaviors).toEqual([
      expect.objectContaining({ ...behaviour, PathPattern: 'assets/*' }),
    ]);
    expect(config.CacheBehaviors[0]).not.toHaveProperty('FunctionAssociations');
  });

  it('serves HTTP/2 and HTTP/3 with index.html as the root object', () => {
    expect(distributionConfig(site)).toMatchObject({
      HttpVersion: 'http2and3',
      DefaultRootObject: 'index.html',
      IPV6Enabled: true,
      Enabled: true,
    });
  });

  it('sends the security headers, overriding the origin', () => {
    const hsts = SECURITY_HEADERS.strictTransportSecurity;
    expect(headersConfig(site)).toMatchObject({
      StrictTransportSecurity: {
        AccessControlMaxAgeSec: hsts.maxAgeSeconds,
        IncludeSubdomains: hsts.includeSubdomains,
        Preload: hsts.preload,
        Override: true,
      },
      ContentTypeOptions: { Override: true },
      FrameOptions: { FrameOption: 'DENY', Override: true },
      ReferrerPolicy: { ReferrerPolicy: 'strict-origin-when-cross-origin', Override: true },
      ContentSecurityPolicy: { Override: true },
    });
  });

  it('builds the CSP from the stack’s own config.json values, strict for scripts', () => {
    const csp: string = headersConfig(site).ContentSecurityPolicy.ContentSecurityPolicy;
    expect(csp).toBe(contentSecurityPolicy(cspInputs(stack)));
    expect(csp).toContain("script-src 'self'");
    expect(csp).not.toMatch(/unsafe-inline|unsafe-eval/);
  });

  it('sends what the local production server sends, header for header', () => {
    const config = headersConfig(site);
    const sts = config.StrictTransportSecurity;
    const wire = {
      'content-security-policy': config.ContentSecurityPolicy.ContentSecurityPolicy,
      'strict-transport-security': `max-age=${sts.AccessControlMaxAgeSec}${sts.IncludeSubdomains ? '; includeSubDomains' : ''}${sts.Preload ? '; preload' : ''}`,
      'x-content-type-options': 'nosniff',
      'x-frame-options': config.FrameOptions.FrameOption,
      'referrer-policy': config.ReferrerPolicy.ReferrerPolicy,
    };
    expect(wire).toEqual(securityHeaders(cspInputs(stack)));
  });
});

/** The sources of one CSP directive, without the directive name. */
function directive(csp: string, name: string): string[] {
  const found = csp.split('; ').find((part) => part.startsWith(`${name} `));
  return found?.split(' ').slice(1) ?? [];
}

const cspOf = (site: SynthesizedSite): string =>
  headersConfig(site).ContentSecurityPolicy.ContentSecurityPolicy;

describe('connect-src', () => {
  it('lists Cognito, the API and Files, and no hosted domain without federation', () => {
    expect(directive(cspOf(minimal), 'connect-src')).toEqual([
      "'self'",
      'https://cognito-idp.eu-west-1.amazonaws.com',
      'https://api.example.com',
      'https://cognito-identity.eu-west-1.amazonaws.com',
      // The files bucket, virtual-hosted: its name exists only once deployed.
      'https://*.s3.eu-west-1.amazonaws.com',
    ]);
  });

  it('adds the hosted domain with federated sign-in, and the API by origin only', () => {
    expect(directive(cspOf(full), 'connect-src')).toEqual([
      "'self'",
      'https://cognito-idp.eu-west-1.amazonaws.com',
      'https://api.example.com',
      'https://example-spa.auth.eu-west-1.amazoncognito.com',
      'https://cognito-identity.eu-west-1.amazonaws.com',
      'https://*.s3.eu-west-1.amazonaws.com',
    ]);
  });
});

describe('domains and prices', () => {
  it('uses the custom domain with TLS 1.2 minimum when one is configured', () => {
    expect(distributionConfig(full)).toMatchObject({
      Aliases: ['app.example.com'],
      ViewerCertificate: {
        AcmCertificateArn: FULL_CONTEXT.certificateArn,
        MinimumProtocolVersion: 'TLSv1.2_2021',
        SslSupportMethod: 'sni-only',
      },
      PriceClass: 'PriceClass_200',
    });
  });

  it('falls back to the CloudFront domain and price class 100', () => {
    const config = distributionConfig(minimal);
    expect(config).not.toHaveProperty('Aliases');
    expect(config).not.toHaveProperty('ViewerCertificate');
    expect(config.PriceClass).toBe('PriceClass_100');
  });

  it('names account-global CloudFront resources per stack and region', () => {
    const name = (site: SynthesizedSite, type: string, path: string[]) =>
      path.reduce((value, key) => value[key], onlyResource(site, type).Properties);
    expect(
      name(full, 'AWS::CloudFront::ResponseHeadersPolicy', ['ResponseHeadersPolicyConfig', 'Name']),
    ).toBe('CognitoSpaStaging-SecurityHeaders-eu-west-1');
    expect(
      name(minimal, 'AWS::CloudFront::OriginAccessControl', ['OriginAccessControlConfig', 'Name']),
    ).toBe('CognitoSpa-site-eu-west-1');
    expect(name(minimal, 'AWS::CloudFront::CachePolicy', ['CachePolicyConfig', 'Name'])).toMatch(
      /-eu-west-1$/,
    );
  });
});
