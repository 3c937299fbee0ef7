import type { APIGatewayProxyEventV2 } from 'aws-lambda';
import { describe, expect, it } from 'vitest';
import { lambdaHandler, toRequest } from '../../local/api/lambda-adapter.ts';
import { readLambdaConfig } from '../../local/api/lambda-config.ts';

/** An HTTP API (payload 2.0) event as API Gateway sends it, for `method` and `rawPath`. */
function event(
  method: string,
  rawPath: string,
  extra: Partial<APIGatewayProxyEventV2> = {},
): APIGatewayProxyEventV2 {
  return {
    version: '2.0',
    routeKey: `${method} ${rawPath}`,
    rawPath,
    rawQueryString: '',
    headers: { host: 'abc123.execute-api.eu-west-1.amazonaws.com' },
    isBase64Encoded: false,
    requestContext: {
      accountId: '123456789012',
      apiId: 'abc123',
      domainName: 'abc123.execute-api.eu-west-1.amazonaws.com',
      domainPrefix: 'abc123',
      http: {
        method,
        path: rawPath,
        protocol: 'HTTP/1.1',
        sourceIp: '203.0.113.9',
        userAgent: 't',
      },
      requestId: 'r1',
      routeKey: `${method} ${rawPath}`,
      stage: '$default',
      time: '03/Dec/2026:07:00:00 +0000',
      timeEpoch: 0,
    },
    ...extra,
  };
}

describe('the Lambda adapter', () => {
  it('rebuilds the request: URL with query, headers, cookies and a base64 body', async () => {
    const request = toRequest(
      event('POST', '/api/notes', {
        rawQueryString: 'a=1&b=2',
        headers: { 'content-type': 'application/json', authorization: 'Bearer t' },
        cookies: ['x=1', 'y=2'],
        body: Buffer.from('{"text":"hé"}').toString('base64'),
        isBase64Encoded: true,
      }),
    );
    expect(request.method).toBe('POST');
    expect(request.url).toBe(
      'https://abc123.execute-api.eu-west-1.amazonaws.com/api/notes?a=1&b=2',
    );
    expect(request.headers.get('authorization')).toBe('Bearer t');
    expect(request.headers.get('cookie')).toBe('x=1; y=2');
    expect(await request.json()).toEqual({ text: 'hé' });
  });

  it('answers with status, headers and a text body; cookies apart; bytes in base64', async () => {
    const handle = lambdaHandler(async (request) => {
      if (request.url.endsWith('/bytes')) {
        return new Response(new Uint8Array([0, 255]), {
          headers: { 'content-type': 'application/octet-stream' },
        });
      }
      const headers = new Headers({ 'content-type': 'application/json; charset=utf-8' });
      headers.append('set-cookie', 'a=1');
      headers.append('set-cookie', 'b=2');
      return new Response(JSON.stringify({ path: new URL(request.url).pathname }), {
        status: 201,
        headers,
      });
    });
    expect(await handle(event('GET', '/api/me'))).toEqual({
      statusCode: 201,
      headers: { 'content-type': 'application/json; charset=utf-8' },
      cookies: ['a=1', 'b=2'],
      body: '{"path":"/api/me"}',
      isBase64Encoded: false,
    });
    expect(await handle(event('GET', '/bytes'))).toMatchObject({
      body: Buffer.from([0, 255]).toString('base64'),
      isBase64Encoded: true,
    });
  });

  it('reads its configuration from the environment, naming every missing variable', () => {
    expect(() => readLambdaConfig({ USER_POOL_ID: 'eu-west-1_abc' })).toThrow(
      'Missing environment variables: APP_CLIENT_ID, ALLOWED_ORIGIN, TABLE_NAME',
    );
    const config = readLambdaConfig({
      USER_POOL_ID: 'eu-west-1_abc',
      APP_CLIENT_ID: 'client',
      ALLOWED_ORIGIN: 'https://d111.cloudfront.net',
      TABLE_NAME: 'table',
    });
    expect(config).toMatchObject({
      tableName: 'table',
      api: {
        userPoolId: 'eu-west-1_abc',
        clientId: 'client',
        allowedOrigins: ['https://d111.cloudfront.net'],
        cognitoEndpoint: 'https://cognito-idp.eu-west-1.amazonaws.com/',
      },
    });
  });
});
