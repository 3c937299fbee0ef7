import { readFileSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { join } from 'node:path';
import { App, type CfnElement, Stack } from 'aws-cdk-lib';
import { Match, Template } from 'aws-cdk-lib/assertions';
import * as cognito from 'aws-cdk-lib/aws-cognito';
import { AwsSolutionsChecks } from 'cdk-nag';
import { describe, expect, it } from 'vitest';
import { routes } from '../../local/api/router.ts';
import { API_TABLE } from '../../local/api/store/table.ts';
import { TABLE_ITEM_ACTIONS } from '../lib/api-function.ts';
import { API_THROTTLE } from '../lib/api-gateway.ts';
import { SiteApi } from '../lib/site-api.ts';
import type { TemplateJson } from './support/site-stack-fixtures.ts';

const SITE_DOMAIN = 'd111111abcdef8.cloudfront.net';

/** The API on a pool of its own in a bare stack, as SiteStack wires it to the site's pool. */
function synthApi() {
  const app = new App();
  const stack = new Stack(app, 'ApiTest', { env: { region: 'eu-west-1' } });
  const userPool = new cognito.UserPool(stack, 'Pool');
  const client = userPool.addClient('Client');
  const api = new SiteApi(stack, 'Api', { userPool, client, siteDomain: SITE_DOMAIN });
  const template = Template.fromStack(stack);
  const id = (construct: { node: { defaultChild?: unknown } }) =>
    stack.getLogicalId(construct.node.defaultChild as CfnElement);
  return {
    app,
    stack,
    api,
    template,
    json: template.toJSON() as TemplateJson,
    id,
    userPool,
    client,
  };
}

const site = synthApi();

function resourcesOf(type: string): [string, TemplateJson][] {
  return Object.entries(site.template.findResources(type));
}

describe('SiteApi: the HTTP API', () => {
  it('has a JWT authorizer with the pool as issuer and the app client as audience', () => {
    site.template.hasResourceProperties('AWS::ApiGatewayV2::Authorizer', {
      AuthorizerType: 'JWT',
      IdentitySource: ['$request.header.Authorization'],
      JwtConfiguration: {
        Issuer: {
          'Fn::Join': [
            '',
            ['https://cognito-idp.eu-west-1.amazonaws.com/', { Ref: site.id(site.userPool) }],
          ],
        },
        Audience: [{ Ref: site.id(site.client) }],
      },
    });
  });

  it('has exactly the handler’s routes, each authorized but health', () => {
    const [authorizerId] = resourcesOf('AWS::ApiGatewayV2::Authorizer').map(([id]) => id);
    const seen = resourcesOf('AWS::ApiGatewayV2::Route').map(([, route]) => ({
      key: route.Properties.RouteKey,
      type: route.Properties.AuthorizationType,
      authorizer: route.Properties.AuthorizerId,
    }));
    const expected = routes.map((route) => {
      const key = `${route.method} ${route.path.replace(/:(\w+)/g, '{$1}')}`;
      return route.auth === 'none'
        ? { key, type: 'NONE', authorizer: undefined }
        : { key, type: 'JWT', authorizer: { Ref: authorizerId } };
    });
    expect(seen).toEqual(expect.arrayContaining(expected));
    expect(seen).toHaveLength(expected.length);
    expect(seen.filter((route) => route.type === 'NONE').map((route) => route.key)).toEqual([
      'GET /api/health',
    ]);
  });

  it('allows CORS from the site’s origin only', () => {
    site.template.hasResourceProperties('AWS::ApiGatewayV2::Api', {
      ProtocolType: 'HTTP',
      CorsConfiguration: {
        AllowOrigins: [`https://${SITE_DOMAIN}`],
        AllowMethods: ['GET', 'POST', 'DELETE'],
        AllowHeaders: ['authorization', 'content-type'],
        ExposeHeaders: ['www-authenticate'],
        AllowCredentials: Match.absent(),
      },
    });
  });

  it('throttles the stage and logs access without headers or query strings', () => {
    const [[, stage]] = resourcesOf('AWS::ApiGatewayV2::Stage') as [[string, TemplateJson]];
    expect(stage.Properties).toMatchObject({
      StageName: '$default',
      AutoDeploy: true,
      DefaultRouteSettings: {
        ThrottlingRateLimit: API_THROTTLE.rateLimit,
        ThrottlingBurstLimit: API_THROTTLE.burstLimit,
      },
    });
    const format = JSON.parse(stage.Properties.AccessLogSettings.Format);
    expect(Object.keys(format)).toContain('requestId');
    expect(JSON.stringify(format)).not.toMatch(/header|querystring|authorization/i);
  });
});

describe('SiteApi: the function', () => {
  const [[, fn]] = resourcesOf('AWS::Lambda::Function') as [[string, TemplateJson]];

  it('runs Node.js 20 or newer with the pool, client, origin and table in its environment', () => {
    expect(Number(/^nodejs(\d+)\.x$/.exec(fn.Properties.Runtime)?.[1])).toBeGreaterThanOrEqual(20);
    expect(fn.Properties.Environment.Variables).toEqual({
      USER_POOL_ID: { Ref: site.id(site.userPool) },
      APP_CLIENT_ID: { Ref: site.id(site.client) },
      ALLOWED_ORIGIN: `https://${SITE_DOMAIN}`,
      TABLE_NAME: { Ref: site.id(site.api.table) },
      NODE_OPTIONS: '--enable-source-maps',
    });
  });

  it('is bundled by the local esbuild into one file, no Docker needed', () => {
    const asset = site.stack.node.findAll().find((c) => c.node.path.endsWith('Handler/Code/Stage'));
    const assetPath = (asset as unknown as { absoluteStagedPath: string }).absoluteStagedPath;
    const bundle = readFileSync(join(assetPath, 'index.js'), 'utf8');
    expect(bundle).toMatch(/module\.exports=/);
    expect(bundle).toMatch(/\{handler:\(\)=>/);
    // Self-contained: it still requires Node's own modules, and the SDK's optional CRT signer
    // (SigV4a only, which DynamoDB does not use; the SDK loads it in a try).
    const required = [...bundle.matchAll(/require\("([^"]+)"\)/g)].map((match) => match[1]);
    expect(
      required.filter((name) => !builtinModules.includes(String(name).replace(/^node:/, ''))),
    ).toEqual(['@aws-sdk/signature-v4-crt', '@aws-sdk/signature-v4-crt']);
    // The DynamoDB client is in it, at the version the tests ran with.
    expect(bundle).toContain('DynamoDBClient');
  });

  it('may only call item actions on the API table and its users index, and write its logs', () => {
    const policies = resourcesOf('AWS::IAM::Policy').map(([, policy]) => policy);
    expect(policies).toHaveLength(1);
    const statements = policies[0].Properties.PolicyDocument.Statement as TemplateJson[];
    const tableArn = { 'Fn::GetAtt': [site.id(site.api.table), 'Arn'] };
    const dynamo = statements.find((s) => String(s.Action).includes('dynamodb:'));
    expect([dynamo.Action].flat().sort()).toEqual([...TABLE_ITEM_ACTIONS].sort());
    expect(dynamo.Resource).toEqual([
      tableArn,
      {
        'Fn::Join': [
          '',
          [
            'arn:',
            { Ref: 'AWS::Partition' },
            ':dynamodb:eu-west-1:',
            { Ref: 'AWS::AccountId' },
            ':table/',
            { Ref: site.id(site.api.table) },
            `/index/${API_TABLE.usersIndex.name}`,
          ],
        ],
      },
    ]);
    const logs = statements.filter((s) => s !== dynamo);
    expect(logs).toEqual([
      expect.objectContaining({
        Action: ['logs:CreateLogStream', 'logs:PutLogEvents'],
        Resource: { 'Fn::GetAtt': [site.id(site.api.function.logGroup), 'Arn'] },
      }),
    ]);
    expect(JSON.stringify(statements)).not.toMatch(/"\*"|dynamodb:\*|Scan/);
    const [[, role]] = resourcesOf('AWS::IAM::Role') as [[string, TemplateJson]];
    expect(role.Properties.ManagedPolicyArns).toBeUndefined();
  });

  it('keeps its logs and the access logs for a month', () => {
    const retention = resourcesOf('AWS::Logs::LogGroup').map(
      ([, g]) => g.Properties.RetentionInDays,
    );
    expect(retention).toEqual([30, 30]);
  });
});

describe('SiteApi: the table', () => {
  it('is on demand with point-in-time recovery and deletion protection, and retained', () => {
    const [[, table]] = resourcesOf('AWS::DynamoDB::Table') as [[string, TemplateJson]];
    expect(table.DeletionPolicy).toBe('Retain');
    expect(table.UpdateReplacePolicy).toBe('Retain');
    expect(table.Properties).toMatchObject({
      BillingMode: 'PAY_PER_REQUEST',
      DeletionProtectionEnabled: true,
      PointInTimeRecoverySpecification: { PointInTimeRecoveryEnabled: true },
      KeySchema: [
        { AttributeName: API_TABLE.partitionKey, KeyType: 'HASH' },
        { AttributeName: API_TABLE.sortKey, KeyType: 'RANGE' },
      ],
      GlobalSecondaryIndexes: [
        {
          IndexName: API_TABLE.usersIndex.name,
          Projection: { ProjectionType: 'KEYS_ONLY' },
        },
      ],
    });
  });
});

describe('SiteApi: cdk-nag AwsSolutions', () => {
  it('finds only the unauthenticated health route (the pool here is a bare test pool)', () => {
    const findings = new AwsSolutionsChecks()
      .validateScope(site.stack)
      .violations.flatMap((violation) =>
        violation.violatingResources.map((r) => `${violation.ruleName} at ${r.constructPath}`),
      )
      .filter((finding) => !finding.includes('/Pool/'));
    expect(findings).toEqual([
      'AwsSolutions-APIG4 at ApiTest/Api/Gateway/HttpApi/GET--api--health/Resource',
    ]);
  });
});
