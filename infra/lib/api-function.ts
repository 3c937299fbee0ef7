import { fileURLToPath } from 'node:url';
import { Duration, Stack } from 'aws-cdk-lib';
import type * as cognito from 'aws-cdk-lib/aws-cognito';
import type * as dynamodb from 'aws-cdk-lib/aws-dynamodb';
import * as iam from 'aws-cdk-lib/aws-iam';
import * as lambda from 'aws-cdk-lib/aws-lambda';
import { NodejsFunction, OutputFormat } from 'aws-cdk-lib/aws-lambda-nodejs';
import * as logs from 'aws-cdk-lib/aws-logs';
import { Construct } from 'constructs';
import { LAMBDA_ENV } from '../../local/api/lambda-config.ts';
import { API_TABLE } from '../../local/api/store/table.ts';

const ENTRY = fileURLToPath(new URL('../../local/api/lambda.ts', import.meta.url));
const LOCK_FILE = fileURLToPath(new URL('../../package-lock.json', import.meta.url));

/** What every item call of the store (DynamoStore) uses, and nothing on the table itself. */
export const TABLE_ITEM_ACTIONS = [
  'dynamodb:GetItem',
  'dynamodb:PutItem',
  'dynamodb:UpdateItem',
  'dynamodb:DeleteItem',
  'dynamodb:Query',
  'dynamodb:BatchGetItem',
  'dynamodb:BatchWriteItem',
] as const;

export const API_LOG_RETENTION = logs.RetentionDays.ONE_MONTH;

/** Props for ApiFunction. */
export interface ApiFunctionProps {
  readonly table: dynamodb.Table;
  readonly userPool: cognito.IUserPool;
  readonly client: cognito.IUserPoolClient;
  /** The one browser origin the API answers CORS for, `https://<site domain>`. */
  readonly allowedOrigin: string;
}

/**
 * local/api/lambda.ts on Lambda, bundled by the esbuild in node_modules (no Docker). Its role
 * may write its own log group and call the item actions on this table and its users index,
 * no more: no Scan, no table management, no other table.
 */
export class ApiFunction extends Construct {
  readonly fn: NodejsFunction;
  readonly logGroup: logs.LogGroup;

  constructor(scope: Construct, id: string, props: ApiFunctionProps) {
    super(scope, id);
    const { table } = props;
    this.logGroup = new logs.LogGroup(this, 'Logs', { retention: API_LOG_RETENTION });
    // An own role rather than the AWSLambdaBasicExecutionRole managed policy, which may write
    // to every log group of the account.
    const role = new iam.Role(this, 'Role', {
      assumedBy: new iam.ServicePrincipal('lambda.amazonaws.com'),
      description: 'The API function: its own log group and the API table items only',
    });
    this.logGroup.grantWrite(role);
    role.addToPrincipalPolicy(
      new iam.PolicyStatement({
        actions: [...TABLE_ITEM_ACTIONS],
        resources: [
          table.tableArn,
          Stack.of(this).formatArn({
            service: 'dynamodb',
            resource: 'table',
            resourceName: `${table.tableName}/index/${API_TABLE.usersIndex.name}`,
          }),
        ],
      }),
    );
    this.fn = new NodejsFunction(this, 'Handler', {
      entry: ENTRY,
      handler: 'handler',
      depsLockFilePath: LOCK_FILE,
      runtime: lambda.Runtime.NODEJS_24_X,
      architecture: lambda.Architecture.ARM_64,
      // More memory is more CPU: RS256 verification and the SDK's cold start both gain.
      memorySize: 512,
      timeout: Duration.seconds(10),
      role,
      logGroup: this.logGroup,
      environment: {
        [LAMBDA_ENV.userPoolId]: props.userPool.userPoolId,
        [LAMBDA_ENV.clientId]: props.client.userPoolClientId,
        [LAMBDA_ENV.allowedOrigin]: props.allowedOrigin,
        [LAMBDA_ENV.tableName]: table.tableName,
        NODE_OPTIONS: '--enable-source-maps',
      },
      bundling: {
        format: OutputFormat.CJS,
        minify: true,
        sourceMap: true,
        // The SDK goes into the bundle at the version the tests ran with, instead of whatever
        // version the runtime happens to ship.
        externalModules: [],
        forceDockerBundling: false,
      },
    });
  }
}
