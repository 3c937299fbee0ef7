import { CfnOutput, Stack, type StackProps } from 'aws-cdk-lib';
import type { Construct } from 'constructs';
import type { AppConfig } from '../../src/lib/config/types.ts';
import { appEndpoints, buildAppConfig, ownFilesEndpoints } from './app-config.ts';
import { contentSecurityPolicy } from './security-headers.ts';
import { SiteApi } from './site-api.ts';
import { SiteAuth } from './site-auth.ts';
import { SiteFiles } from './site-files.ts';
import { SiteHosting } from './site-hosting.ts';
import { STACK_OUTPUTS } from './stack-outputs.ts';
import type { StackSettings } from './stack-settings.ts';

/** Props for SiteStack; env.region must be settings.region. */
export interface SiteStackProps extends StackProps {
  readonly settings: StackSettings;
}

/**
 * The SPA on S3 + CloudFront with its Cognito user pool, the API (unless an external one is
 * named), and config.json as an output.
 */
export class SiteStack extends Stack {
  readonly settings: StackSettings;
  readonly hosting: SiteHosting;
  readonly auth: SiteAuth;
  /** The Files page: identity pool, its role and the private files bucket. */
  readonly files: SiteFiles;
  /** Our API, deployed unless the settings name an external one (`-c apiUrl=`). */
  readonly api?: SiteApi;
  /** config.json, with the pool and client ids as tokens. */
  readonly appConfig: AppConfig;

  constructor(scope: Construct, id: string, props: SiteStackProps) {
    super(scope, id, { stackName: props.settings.stackName, ...props });
    const { settings } = props;
    // The CSP names the regional Cognito endpoint, so the stack must deploy to that region.
    if (this.region !== settings.region) {
      throw new Error(`SiteStack: env.region must be "${settings.region}", the settings' region`);
    }
    this.settings = settings;

    this.hosting = new SiteHosting(this, 'Hosting', {
      priceClass: settings.priceClass,
      ...(settings.customDomain && { customDomain: settings.customDomain }),
      // The distribution exists before the pool (the pool names the site's domain), so the
      // CSP comes from appEndpoints, which buildAppConfig writes into config.json as is.
      contentSecurityPolicy: contentSecurityPolicy({
        ...appEndpoints(settings),
        ...ownFilesEndpoints(settings.region),
      }),
    });
    this.auth = new SiteAuth(this, 'Auth', { settings, siteDomain: this.hosting.siteDomain });
    this.files = new SiteFiles(this, 'Files', {
      userPool: this.auth.userPool,
      client: this.auth.client,
      siteDomain: this.hosting.siteDomain,
      logBucket: this.hosting.logBucket,
    });
    if (!settings.apiUrl) {
      this.api = new SiteApi(this, 'Api', {
        userPool: this.auth.userPool,
        client: this.auth.client,
        siteDomain: this.hosting.siteDomain,
      });
      new CfnOutput(this, STACK_OUTPUTS.apiUrl, {
        value: this.api.url,
        description: 'The API deployed with the site, which config.json names',
      });
    }
    this.appConfig = buildAppConfig(
      settings,
      {
        userPoolId: this.auth.userPool.userPoolId,
        userPoolClientId: this.auth.client.userPoolClientId,
        identityPoolId: this.files.identityPool.ref,
        filesBucketName: this.files.bucket.bucketName,
      },
      this.api?.url,
    );

    new CfnOutput(this, STACK_OUTPUTS.siteUrl, {
      value: `https://${this.hosting.siteDomain}`,
      description: 'Where the app is served',
    });
    new CfnOutput(this, STACK_OUTPUTS.bucketName, {
      value: this.hosting.bucket.bucketName,
      description: 'The bucket the deploy uploads the build to',
    });
    new CfnOutput(this, STACK_OUTPUTS.distributionId, {
      value: this.hosting.distribution.distributionId,
      description: 'The distribution the deploy invalidates',
    });
    new CfnOutput(this, STACK_OUTPUTS.distributionDomainName, {
      value: this.hosting.distribution.distributionDomainName,
      description: "The CNAME target for a custom domain's DNS record",
    });
    new CfnOutput(this, STACK_OUTPUTS.identityPoolId, {
      value: this.files.identityPool.ref,
      description: "The identity pool that gives signed-in users AWS credentials (config.json's)",
    });
    new CfnOutput(this, STACK_OUTPUTS.filesBucketName, {
      value: this.files.bucket.bucketName,
      description: "The bucket holding each user's private files (config.json's storage.bucket)",
    });
    new CfnOutput(this, STACK_OUTPUTS.appConfig, {
      value: this.toJsonString(this.appConfig),
      description: 'The app /config.json, uploaded by the deploy next to index.html',
    });
  }
}
