import * as cognito from 'aws-cdk-lib/aws-cognito';
import { Construct } from 'constructs';
import { createAppClient } from './app-client.ts';
import { addFederatedSignIn, type FederatedSignIn } from './federated-sign-in.ts';
import type { StackSettings } from './stack-settings.ts';
import { createUserPool } from './user-pool.ts';

/** The group whose members the app and API treat as administrators. */
export const ADMIN_GROUP_NAME = 'admin';

/** Props for SiteAuth. */
export interface SiteAuthProps {
  readonly settings: StackSettings;
  /** The host the site is served on (custom domain or the distribution's name). */
  readonly siteDomain: string;
}

/** The app's user pool with its public app client, admin group and optional federation. */
export class SiteAuth extends Construct {
  readonly userPool: cognito.UserPool;
  readonly client: cognito.UserPoolClient;
  readonly adminGroup: cognito.UserPoolGroup;
  readonly federation?: FederatedSignIn;

  constructor(scope: Construct, id: string, props: SiteAuthProps) {
    super(scope, id);
    const { settings, siteDomain } = props;
    this.userPool = createUserPool(this, 'UserPool', { settings, siteDomain });
    if (settings.federation) {
      this.federation = addFederatedSignIn(this.userPool, settings.federation);
    }
    this.client = createAppClient(this.userPool, 'AppClient', {
      siteDomain,
      ...(this.federation && { federation: this.federation }),
    });
    this.adminGroup = new cognito.UserPoolGroup(this, 'AdminGroup', {
      userPool: this.userPool,
      groupName: ADMIN_GROUP_NAME,
      description: 'Administrators: the admin page and admin API routes',
    });
  }
}
