/**
 * CloudFormation output names of the site stack, for the deploy to read. AppConfig is the
 * app's /config.json as a JSON string.
 */
export const STACK_OUTPUTS = {
  siteUrl: 'SiteUrl',
  bucketName: 'BucketName',
  distributionId: 'DistributionId',
  distributionDomainName: 'DistributionDomainName',
  appConfig: 'AppConfig',
  identityPoolId: 'IdentityPoolId',
  filesBucketName: 'FilesBucketName',
  /** Only when the stack deploys its own API. */
  apiUrl: 'ApiUrl',
} as const;
