import { startTinyServer } from './test-servers.ts';

export interface GetUserCall {
  target: string | undefined;
  contentType: string | undefined;
  body: { AccessToken?: string };
}

export interface FakeCognito {
  /** The endpoint to pass as the API's `cognitoEndpoint`. */
  url: string;
  calls: GetUserCall[];
  close(): Promise<void>;
}

/**
 * Answers GetUser like Cognito: 200 for live tokens, 400 NotAuthorizedException for revoked
 * ones, or `status` with InternalErrorException for every call when given.
 */
export async function startFakeCognito(
  revoked: Set<string>,
  status?: number,
): Promise<FakeCognito> {
  const calls: GetUserCall[] = [];
  const server = await startTinyServer((req, res, raw) => {
    const body = JSON.parse(raw) as { AccessToken?: string };
    calls.push({
      target: req.headers['x-amz-target'] as string | undefined,
      contentType: req.headers['content-type'],
      body,
    });
    const reply = (code: number, payload: unknown) => {
      res.writeHead(code, { 'content-type': 'application/x-amz-json-1.1' });
      res.end(JSON.stringify(payload));
    };
    if (status) return reply(status, { __type: 'InternalErrorException', message: 'boom' });
    if (revoked.has(body.AccessToken ?? '')) {
      return reply(400, {
        __type: 'NotAuthorizedException',
        message: 'Access Token has been revoked',
      });
    }
    reply(200, { Username: 'alice', UserAttributes: [] });
  });
  return { url: `${server.url}/`, calls, close: server.close };
}
