import { Duration, RemovalPolicy } from 'aws-cdk-lib';
import * as s3 from 'aws-cdk-lib/aws-s3';
import type { Construct } from 'constructs';

/** How long S3 access logs and CloudFront standard logs are kept. */
export const LOG_RETENTION = Duration.days(90);
/** How long overwritten or deleted site objects stay restorable. */
export const OLD_VERSION_RETENTION = Duration.days(90);

/** The bucket both S3 server access logs and CloudFront standard logs are written to. */
export function createLogBucket(scope: Construct, id: string): s3.Bucket {
  return new s3.Bucket(scope, id, {
    blockPublicAccess: s3.BlockPublicAccess.BLOCK_ALL,
    // CloudFront standard logging delivers through an ACL grant, so ACLs cannot be disabled
    // (BucketOwnerEnforced); "preferred" still makes the bucket owner own the log objects.
    objectOwnership: s3.ObjectOwnership.BUCKET_OWNER_PREFERRED,
    // CloudFront log delivery cannot write to SSE-KMS buckets without extra key policy.
    encryption: s3.BucketEncryption.S3_MANAGED,
    enforceSSL: true,
    lifecycleRules: [
      {
        id: 'expire-logs',
        expiration: LOG_RETENTION,
        abortIncompleteMultipartUploadAfter: Duration.days(1),
      },
    ],
    // Logs are evidence; a deleted stack must not take them along.
    removalPolicy: RemovalPolicy.RETAIN,
  });
}

/** The private bucket holding the built SPA; only CloudFront reads it (see site-hosting). */
export function createSiteBucket(scope: Construct, id: string, logBucket: s3.IBucket): s3.Bucket {
  return new s3.Bucket(scope, id, {
    blockPublicAccess: s3.BlockPublicAccess.BLOCK_ALL,
    objectOwnership: s3.ObjectOwnership.BUCKET_OWNER_ENFORCED,
    encryption: s3.BucketEncryption.S3_MANAGED,
    enforceSSL: true,
    // A bad deploy is undone by restoring the previous index.html and config.json.
    versioned: true,
    lifecycleRules: [
      {
        id: 'expire-old-versions',
        noncurrentVersionExpiration: OLD_VERSION_RETENTION,
        abortIncompleteMultipartUploadAfter: Duration.days(7),
      },
    ],
    serverAccessLogsBucket: logBucket,
    serverAccessLogsPrefix: 's3/site/',
    // No autoDeleteObjects: it adds a Lambda, and the site must survive a deleted stack.
    removalPolicy: RemovalPolicy.RETAIN,
  });
}
