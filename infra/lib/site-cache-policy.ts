import { Duration } from 'aws-cdk-lib';
import * as cloudfront from 'aws-cdk-lib/aws-cloudfront';
import type { Construct } from 'constructs';

/** TTLs of the site's cache policy: the objects' own Cache-Control decides within them. */
export const CACHE_TTL = {
  // 0 lets `no-cache` (index.html, config.json) really be revalidated on every request.
  min: Duration.seconds(0),
  // Only for an object uploaded without Cache-Control, which the deploy never does.
  default: Duration.days(1),
  // Hashed assets say max-age one year; CloudFront may keep them that long.
  max: Duration.days(365),
} as const;

/**
 * Honours the Cache-Control the deploy uploads with (cache-control.ts). The key holds no
 * cookies, query strings or headers: the site is the same files for everyone.
 */
export function createSiteCachePolicy(scope: Construct, id: string): cloudfront.CachePolicy {
  return new cloudfront.CachePolicy(scope, id, {
    comment: 'SPA files: honour the object Cache-Control, compressed variants cached apart',
    minTtl: CACHE_TTL.min,
    defaultTtl: CACHE_TTL.default,
    maxTtl: CACHE_TTL.max,
    cookieBehavior: cloudfront.CacheCookieBehavior.none(),
    headerBehavior: cloudfront.CacheHeaderBehavior.none(),
    queryStringBehavior: cloudfront.CacheQueryStringBehavior.none(),
    enableAcceptEncodingGzip: true,
    enableAcceptEncodingBrotli: true,
  });
}
