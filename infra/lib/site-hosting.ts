import * as acm from 'aws-cdk-lib/aws-certificatemanager';
import * as cloudfront from 'aws-cdk-lib/aws-cloudfront';
import * as origins from 'aws-cdk-lib/aws-cloudfront-origins';
import type * as s3 from 'aws-cdk-lib/aws-s3';
import { Construct } from 'constructs';
import { globalName } from './global-name.ts';
import { createSecurityHeadersPolicy } from './security-headers-policy.ts';
import { createLogBucket, createSiteBucket } from './site-buckets.ts';
import { createSiteCachePolicy } from './site-cache-policy.ts';
import type { CustomDomainSettings } from './stack-settings.ts';
import { VIEWER_REQUEST_FUNCTION_FILE } from './viewer-request-function.ts';

/** Props for SiteHosting. */
export interface SiteHostingProps {
  readonly priceClass: cloudfront.PriceClass;
  readonly customDomain?: CustomDomainSettings;
  /** The Content-Security-Policy header value, from the same values as config.json. */
  readonly contentSecurityPolicy: string;
}

/** The built SPA in a private S3 bucket, served only through a CloudFront distribution. */
export class SiteHosting extends Construct {
  readonly bucket: s3.Bucket;
  readonly logBucket: s3.Bucket;
  readonly distribution: cloudfront.Distribution;
  /** The host the site is served on: the custom domain, else the distribution's own name. */
  readonly siteDomain: string;

  constructor(scope: Construct, id: string, props: SiteHostingProps) {
    super(scope, id);
    this.logBucket = createLogBucket(this, 'LogBucket');
    this.bucket = createSiteBucket(this, 'SiteBucket', this.logBucket);

    const spaRewrite = new cloudfront.Function(this, 'SpaRewrite', {
      code: cloudfront.FunctionCode.fromFile({ filePath: VIEWER_REQUEST_FUNCTION_FILE }),
      runtime: cloudfront.FunctionRuntime.JS_2_0,
      comment: 'Deep links: paths without a file extension are served /index.html',
    });
    const originAccessControl = new cloudfront.S3OriginAccessControl(this, 'OriginAccess', {
      // CDK's default name leaves out the region, and OAC names are unique per account.
      originAccessControlName: globalName(this, 'site', 64),
      signing: cloudfront.Signing.SIGV4_ALWAYS,
    });
    const files: cloudfront.BehaviorOptions = {
      // The bucket policy then lets this distribution, and nothing else, read objects.
      origin: origins.S3BucketOrigin.withOriginAccessControl(this.bucket, { originAccessControl }),
      viewerProtocolPolicy: cloudfront.ViewerProtocolPolicy.REDIRECT_TO_HTTPS,
      allowedMethods: cloudfront.AllowedMethods.ALLOW_GET_HEAD,
      cachedMethods: cloudfront.CachedMethods.CACHE_GET_HEAD,
      cachePolicy: createSiteCachePolicy(this, 'CachePolicy'),
      responseHeadersPolicy: createSecurityHeadersPolicy(
        this,
        'SecurityHeaders',
        props.contentSecurityPolicy,
      ),
      compress: true,
    };
    const { customDomain } = props;

    this.distribution = new cloudfront.Distribution(this, 'Distribution', {
      comment: 'cognito-spa: the single-page app',
      defaultBehavior: {
        ...files,
        functionAssociations: [
          { function: spaRewrite, eventType: cloudfront.FunctionEventType.VIEWER_REQUEST },
        ],
      },
      // Hashed chunks always have an extension, so the rewrite would pass them through anyway;
      // skipping it saves a function invocation on most requests.
      additionalBehaviors: { 'assets/*': files },
      defaultRootObject: 'index.html',
      // No errorResponses on purpose: mapping 403/404 to index.html would turn a missing
      // chunk or config.json into an HTML page with status 200. spaRewrite does deep links.
      httpVersion: cloudfront.HttpVersion.HTTP2_AND_3,
      priceClass: props.priceClass,
      enableIpv6: true,
      enableLogging: true,
      logBucket: this.logBucket,
      logFilePrefix: 'cloudfront/',
      logIncludesCookies: false,
      ...(customDomain && {
        domainNames: [customDomain.domainName],
        certificate: acm.Certificate.fromCertificateArn(
          this,
          'Certificate',
          customDomain.certificateArn,
        ),
        minimumProtocolVersion: cloudfront.SecurityPolicyProtocol.TLS_V1_2_2021,
        sslSupportMethod: cloudfront.SSLMethod.SNI,
      }),
    });
    this.siteDomain = customDomain?.domainName ?? this.distribution.distributionDomainName;
  }
}
