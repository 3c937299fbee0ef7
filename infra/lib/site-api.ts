import type * as cognito from 'aws-cdk-lib/aws-cognito';
import type * as dynamodb from 'aws-cdk-lib/aws-dynamodb';
import { Construct } from 'constructs';
import { ApiFunction } from './api-function.ts';
import { ApiGateway } from './api-gateway.ts';
import { createApiTable } from './api-table.ts';

/** Props for SiteApi. */
export interface SiteApiProps {
  readonly userPool: cognito.IUserPool;
  readonly client: cognito.IUserPoolClient;
  /** The host the site is served on: the only origin the API answers CORS for. */
  readonly siteDomain: string;
}

/** The API (local/api) on AWS: HTTP API → Lambda → DynamoDB, trusting the site's pool. */
export class SiteApi extends Construct {
  readonly table: dynamodb.Table;
  readonly function: ApiFunction;
  readonly gateway: ApiGateway;

  constructor(scope: Construct, id: string, props: SiteApiProps) {
    super(scope, id);
    const allowedOrigin = `https://${props.siteDomain}`;
    this.table = createApiTable(this, 'Table');
    this.function = new ApiFunction(this, 'Function', {
      table: this.table,
      userPool: props.userPool,
      client: props.client,
      allowedOrigin,
    });
    this.gateway = new ApiGateway(this, 'Gateway', {
      handler: this.function.fn,
      userPool: props.userPool,
      client: props.client,
      allowedOrigin,
    });
  }

  /** The API's base URL for config.json's apiUrl (a token until deployed). */
  get url(): string {
    return this.gateway.url;
  }
}
