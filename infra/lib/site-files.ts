import { Duration, RemovalPolicy } from 'aws-cdk-lib';
import * as cognito from 'aws-cdk-lib/aws-cognito';
import * as iam from 'aws-cdk-lib/aws-iam';
import * as s3 from 'aws-cdk-lib/aws-s3';
import { Construct } from 'constructs';

/** The folder each identity owns, in IAM's policy-variable terms. */
// biome-ignore lint/suspicious/noTemplateCurlyInString: an IAM policy variable, as IAM reads it.
const PRIVATE_FOLDER = 'private/${cognito-identity.amazonaws.com:sub}/';

/** How long a crashed multipart upload's parts are kept (and billed) before S3 drops them. */
export const INCOMPLETE_UPLOAD_RETENTION = Duration.days(1);

/** Props for SiteFiles. */
export interface SiteFilesProps {
  readonly userPool: cognito.IUserPool;
  readonly client: cognito.IUserPoolClient;
  /** The host the site is served on: the bucket's CORS allows only its origin. */
  readonly siteDomain: string;
  readonly logBucket: s3.IBucket;
}

/**
 * The Files page's back end: an identity pool that trades the user pool's ID token for AWS
 * credentials, a role that reaches only `private/<identity id>/` of a private bucket, and the
 * bucket. The browser talks to S3 directly; no server of ours sits in between.
 */
export class SiteFiles extends Construct {
  readonly bucket: s3.Bucket;
  readonly identityPool: cognito.CfnIdentityPool;
  readonly authenticatedRole: iam.Role;

  constructor(scope: Construct, id: string, props: SiteFilesProps) {
    super(scope, id);
    this.bucket = new s3.Bucket(this, 'Bucket', {
      blockPublicAccess: s3.BlockPublicAccess.BLOCK_ALL,
      objectOwnership: s3.ObjectOwnership.BUCKET_OWNER_ENFORCED,
      encryption: s3.BucketEncryption.S3_MANAGED,
      enforceSSL: true,
      // No versioning: a file the user deletes is gone, as the page tells them.
      lifecycleRules: [
        {
          id: 'abort-incomplete-uploads',
          abortIncompleteMultipartUploadAfter: INCOMPLETE_UPLOAD_RETENTION,
        },
      ],
      cors: [
        {
          allowedOrigins: [`https://${props.siteDomain}`],
          allowedMethods: [
            s3.HttpMethods.GET,
            s3.HttpMethods.HEAD,
            s3.HttpMethods.PUT,
            s3.HttpMethods.POST,
            s3.HttpMethods.DELETE,
          ],
          allowedHeaders: ['*'],
          // Amplify completes a multipart upload with each part's ETag.
          exposedHeaders: ['ETag'],
          maxAge: 3000,
        },
      ],
      serverAccessLogsBucket: props.logBucket,
      serverAccessLogsPrefix: 's3/files/',
      // Users' files outlive the stack; no autoDeleteObjects (it would add a Lambda too).
      removalPolicy: RemovalPolicy.RETAIN,
    });

    // The L1 resource: the L2 IdentityPool always creates and attaches a guest role, and this
    // pool has no guests.
    this.identityPool = new cognito.CfnIdentityPool(this, 'IdentityPool', {
      allowUnauthenticatedIdentities: false,
      allowClassicFlow: false,
      cognitoIdentityProviders: [
        {
          providerName: props.userPool.userPoolProviderName,
          clientId: props.client.userPoolClientId,
          // A signed-out (revoked) or deleted user gets no new credentials.
          serverSideTokenCheck: true,
        },
      ],
    });

    this.authenticatedRole = new iam.Role(this, 'AuthenticatedRole', {
      description: 'Signed-in users of the identity pool: their own folder of the files bucket',
      maxSessionDuration: Duration.hours(1),
      assumedBy: new iam.FederatedPrincipal(
        'cognito-identity.amazonaws.com',
        {
          StringEquals: { 'cognito-identity.amazonaws.com:aud': this.identityPool.ref },
          'ForAnyValue:StringLike': { 'cognito-identity.amazonaws.com:amr': 'authenticated' },
        },
        'sts:AssumeRoleWithWebIdentity',
      ),
    });
    this.authenticatedRole.addToPolicy(
      new iam.PolicyStatement({
        sid: 'OwnFolderObjects',
        // PutObject covers creating, uploading parts of and completing a multipart upload.
        actions: [
          's3:GetObject',
          's3:PutObject',
          's3:DeleteObject',
          's3:AbortMultipartUpload',
          's3:ListMultipartUploadParts',
        ],
        resources: [this.bucket.arnForObjects(`${PRIVATE_FOLDER}*`)],
      }),
    );
    this.authenticatedRole.addToPolicy(
      new iam.PolicyStatement({
        sid: 'ListOwnFolderOnly',
        actions: ['s3:ListBucket'],
        resources: [this.bucket.bucketArn],
        conditions: { StringLike: { 's3:prefix': [`${PRIVATE_FOLDER}*`] } },
      }),
    );
    new cognito.CfnIdentityPoolRoleAttachment(this, 'Roles', {
      identityPoolId: this.identityPool.ref,
      roles: { authenticated: this.authenticatedRole.roleArn },
    });
  }
}
