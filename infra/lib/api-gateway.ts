import { Duration } from 'aws-cdk-lib';
import { AccessLogFormat } from 'aws-cdk-lib/aws-apigateway';
import * as apigw from 'aws-cdk-lib/aws-apigatewayv2';
import { HttpUserPoolAuthorizer } from 'aws-cdk-lib/aws-apigatewayv2-authorizers';
import { HttpLambdaIntegration } from 'aws-cdk-lib/aws-apigatewayv2-integrations';
import type * as cognito from 'aws-cdk-lib/aws-cognito';
import type * as lambda from 'aws-cdk-lib/aws-lambda';
import * as logs from 'aws-cdk-lib/aws-logs';
import { Construct } from 'constructs';
import { API_LOG_RETENTION } from './api-function.ts';
import { apiRouteSpecs } from './api-routes.ts';

/**
 * Requests per second the whole stage accepts, steady and in bursts; beyond them API Gateway
 * answers 429 before Lambda or DynamoDB are billed. Raise them with the traffic (the account
 * allows 10,000/s per region by default).
 */
export const API_THROTTLE = { rateLimit: 100, burstLimit: 200 } as const;

/** How long a browser may reuse a preflight answer. */
const PREFLIGHT_MAX_AGE = Duration.hours(1);

/** Props for ApiGateway. */
export interface ApiGatewayProps {
  readonly handler: lambda.IFunction;
  readonly userPool: cognito.IUserPool;
  readonly client: cognito.IUserPoolClient;
  readonly allowedOrigin: string;
}

/**
 * The API's HTTP API. A JWT authorizer checks every route but health at the edge: issuer the
 * pool, audience the app client (for an access token, which has no `aud`, API Gateway compares
 * `client_id`). The function verifies again and refuses ID tokens, which carry the client id
 * as `aud` and would pass here. API Gateway answers CORS preflights itself, for the site only.
 */
export class ApiGateway extends Construct {
  readonly httpApi: apigw.HttpApi;
  readonly stage: apigw.HttpStage;
  readonly accessLogs: logs.LogGroup;

  constructor(scope: Construct, id: string, props: ApiGatewayProps) {
    super(scope, id);
    this.httpApi = new apigw.HttpApi(this, 'HttpApi', {
      description: 'cognito-spa API',
      createDefaultStage: false,
      corsPreflight: {
        allowOrigins: [props.allowedOrigin],
        allowMethods: [
          apigw.CorsHttpMethod.GET,
          apigw.CorsHttpMethod.POST,
          apigw.CorsHttpMethod.DELETE,
        ],
        allowHeaders: ['authorization', 'content-type'],
        // Lets the SPA read why a token was refused.
        exposeHeaders: ['www-authenticate'],
        maxAge: PREFLIGHT_MAX_AGE,
      },
    });
    this.accessLogs = new logs.LogGroup(this, 'AccessLogs', { retention: API_LOG_RETENTION });
    this.stage = this.httpApi.addStage('DefaultStage', {
      stageName: '$default',
      autoDeploy: true,
      throttle: { ...API_THROTTLE },
      accessLogSettings: {
        destination: new apigw.LogGroupLogDestination(this.accessLogs),
        // No headers, no query string: that is where tokens travel.
        format: AccessLogFormat.custom(
          JSON.stringify({
            requestId: '$context.requestId',
            ip: '$context.identity.sourceIp',
            routeKey: '$context.routeKey',
            status: '$context.status',
            latencyMs: '$context.responseLatency',
            integrationError: '$context.integrationErrorMessage',
            authorizerError: '$context.authorizer.error',
          }),
        ),
      },
    });
    const authorizer = new HttpUserPoolAuthorizer('CognitoAuthorizer', props.userPool, {
      userPoolClients: [props.client],
    });
    const integration = new HttpLambdaIntegration('Handler', props.handler);
    for (const route of apiRouteSpecs()) {
      this.httpApi.addRoutes({
        path: route.path,
        methods: [route.method],
        integration,
        ...(route.authorized && { authorizer }),
      });
    }
  }

  /** The API's base URL, what config.json's apiUrl names. */
  get url(): string {
    return this.httpApi.apiEndpoint;
  }
}
