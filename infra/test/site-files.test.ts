import { describe, expect, it } from 'vitest';
import { connectOrigins } from '../lib/security-headers.ts';
import { INCOMPLETE_UPLOAD_RETENTION } from '../lib/site-files.ts';
import {
  logicalId,
  onlyResource,
  type SynthesizedSite,
  synthVariants,
  type TemplateJson,
} from './support/site-stack-fixtures.ts';

// Synthesized once per variant; every test below reads these.
const { minimal, full } = synthVariants();

const ref = (id: string) => ({ Ref: id });
const identityPoolId = (site: SynthesizedSite) =>
  site.stack.getLogicalId(site.stack.files.identityPool);
const bucketId = (site: SynthesizedSite) => logicalId(site.stack, site.stack.files.bucket);
const filesRole = (site: SynthesizedSite): TemplateJson =>
  site.template.toJSON().Resources[logicalId(site.stack, site.stack.files.authenticatedRole)];
const filesPolicy = (site: SynthesizedSite): TemplateJson[] => {
  const policies = Object.values(site.template.findResources('AWS::IAM::Policy')).filter(
    (policy) =>
      JSON.stringify(policy.Properties.Roles) ===
      JSON.stringify([ref(logicalId(site.stack, site.stack.files.authenticatedRole))]),
  );
  expect(policies).toHaveLength(1);
  return policies[0]?.Properties.PolicyDocument.Statement;
};
// biome-ignore lint/suspicious/noTemplateCurlyInString: an IAM policy variable, as IAM reads it.
const IDENTITY = '${cognito-identity.amazonaws.com:sub}';
const OWN_FOLDER = `/private/${IDENTITY}/*`;

describe.each([
  ['minimal', minimal],
  ['full', full],
] as const)('Files (%s)', (_, site) => {
  it('has an identity pool for the user pool and app client only, with no guests', () => {
    const pool = onlyResource(site, 'AWS::Cognito::IdentityPool').Properties;
    expect(pool).toEqual({
      AllowUnauthenticatedIdentities: false,
      AllowClassicFlow: false,
      CognitoIdentityProviders: [
        {
          ProviderName: {
            'Fn::GetAtt': [logicalId(site.stack, site.stack.auth.userPool), 'ProviderName'],
          },
          ClientId: { Ref: logicalId(site.stack, site.stack.auth.client) },
          ServerSideTokenCheck: true,
        },
      ],
    });
  });

  it('gives signed-in identities one role, and no role to guests', () => {
    const attachment = onlyResource(site, 'AWS::Cognito::IdentityPoolRoleAttachment').Properties;
    const roleId = logicalId(site.stack, site.stack.files.authenticatedRole);
    expect(attachment).toEqual({
      IdentityPoolId: ref(identityPoolId(site)),
      Roles: { authenticated: { 'Fn::GetAtt': [roleId, 'Arn'] } },
    });
    expect(filesRole(site).Properties.AssumeRolePolicyDocument.Statement).toEqual([
      {
        Effect: 'Allow',
        Action: 'sts:AssumeRoleWithWebIdentity',
        Principal: { Federated: 'cognito-identity.amazonaws.com' },
        Condition: {
          StringEquals: { 'cognito-identity.amazonaws.com:aud': ref(identityPoolId(site)) },
          'ForAnyValue:StringLike': { 'cognito-identity.amazonaws.com:amr': 'authenticated' },
        },
      },
    ]);
    expect(filesRole(site).Properties.ManagedPolicyArns).toBeUndefined();
  });

  it("lets the role read, write and delete only the caller's own folder", () => {
    const bucketArn = { 'Fn::GetAtt': [bucketId(site), 'Arn'] };
    expect(filesPolicy(site)).toEqual([
      {
        Sid: 'OwnFolderObjects',
        Effect: 'Allow',
        // CDK sorts the actions.
        Action: [
          's3:AbortMultipartUpload',
          's3:DeleteObject',
          's3:GetObject',
          's3:ListMultipartUploadParts',
          's3:PutObject',
        ],
        Resource: { 'Fn::Join': ['', [bucketArn, OWN_FOLDER]] },
      },
      {
        Sid: 'ListOwnFolderOnly',
        Effect: 'Allow',
        Action: 's3:ListBucket',
        Resource: bucketArn,
        Condition: {
          StringLike: { 's3:prefix': [`private/${IDENTITY}/*`] },
        },
      },
    ]);
  });

  it('keeps the files in a private, encrypted, TLS-only bucket that outlives the stack', () => {
    const bucket = site.template.toJSON().Resources[bucketId(site)];
    expect(bucket.DeletionPolicy).toBe('Retain');
    expect(bucket.Properties).toMatchObject({
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
      LoggingConfiguration: {
        DestinationBucketName: { Ref: logicalId(site.stack, site.stack.hosting.logBucket) },
        LogFilePrefix: 's3/files/',
      },
      LifecycleConfiguration: {
        Rules: [
          expect.objectContaining({
            AbortIncompleteMultipartUpload: {
              DaysAfterInitiation: INCOMPLETE_UPLOAD_RETENTION.toDays(),
            },
          }),
        ],
      },
    });
    expect(bucket.Properties.VersioningConfiguration).toBeUndefined();
    const policy = Object.values(site.template.findResources('AWS::S3::BucketPolicy')).find(
      (p) => JSON.stringify(p.Properties.Bucket) === JSON.stringify({ Ref: bucketId(site) }),
    );
    expect(policy?.Properties.PolicyDocument.Statement).toContainEqual(
      expect.objectContaining({
        Effect: 'Deny',
        Action: 's3:*',
        Condition: { Bool: { 'aws:SecureTransport': 'false' } },
      }),
    );
  });

  it("allows CORS from the site's origin only, exposing ETag for multipart uploads", () => {
    const bucket = site.template.toJSON().Resources[bucketId(site)];
    const siteOrigin = site.stack.settings.customDomain
      ? 'https://app.example.com'
      : {
          'Fn::Join': [
            '',
            [
              'https://',
              {
                'Fn::GetAtt': [
                  logicalId(site.stack, site.stack.hosting.distribution),
                  'DomainName',
                ],
              },
            ],
          ],
        };
    expect(bucket.Properties.CorsConfiguration.CorsRules).toEqual([
      {
        AllowedOrigins: [siteOrigin],
        AllowedMethods: ['GET', 'HEAD', 'PUT', 'POST', 'DELETE'],
        AllowedHeaders: ['*'],
        ExposedHeaders: ['ETag'],
        MaxAge: 3000,
      },
    ]);
  });
});

describe('connect-src for Files', () => {
  const base = { region: 'eu-west-1', apiUrl: 'https://api.example.com' };
  const identityPoolId = 'eu-west-1:0a1b2c3d-1111-4222-8333-444455556666';

  it('names Cognito Identity and the bucket’s regional endpoint of a deployed config.json', () => {
    expect(
      connectOrigins({
        ...base,
        identityPoolId,
        storage: { bucket: 'my-files', region: 'us-east-2' },
      }).slice(2),
    ).toEqual([
      'https://cognito-identity.eu-west-1.amazonaws.com',
      'https://my-files.s3.us-east-2.amazonaws.com',
    ]);
  });

  it('names the local endpoints of the local stack', () => {
    expect(
      connectOrigins({
        ...base,
        identityPoolId,
        identityPoolEndpoint: 'http://127.0.0.1:9229/',
        storage: {
          bucket: 'cognito-spa.local-files',
          region: 'us-east-1',
          endpoint: '127.0.0.1:9231',
        },
      }).slice(2),
    ).toEqual(['http://127.0.0.1:9229', 'https://127.0.0.1:9231']);
  });

  it('refuses a bucket name that is not one', () => {
    expect(() =>
      connectOrigins({ ...base, storage: { bucket: 'evil.com/x', region: 'eu-west-1' } }),
    ).toThrow(/storage.bucket/);
  });
});
