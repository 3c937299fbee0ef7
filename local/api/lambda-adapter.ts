import type { APIGatewayProxyEventV2, APIGatewayProxyStructuredResultV2 } from 'aws-lambda';
import type { ApiHandler } from './handle-request.ts';

/** The API behind API Gateway's HTTP API (payload format 2.0): event → Request, Response → result. */
export function lambdaHandler(
  handle: ApiHandler,
): (event: APIGatewayProxyEventV2) => Promise<APIGatewayProxyStructuredResultV2> {
  return async (event) => toResult(await handle(toRequest(event)));
}

/** The event as the fetch Request the handler takes, URL as the client called it. */
export function toRequest(event: APIGatewayProxyEventV2): Request {
  const method = event.requestContext.http.method;
  const headers = new Headers();
  for (const [name, value] of Object.entries(event.headers ?? {})) {
    if (value !== undefined) headers.set(name, value);
  }
  // Payload 2.0 moves cookies out of the headers; put them back where a Request keeps them.
  if (event.cookies?.length) headers.set('cookie', event.cookies.join('; '));
  const query = event.rawQueryString ? `?${event.rawQueryString}` : '';
  const url = `https://${event.requestContext.domainName}${event.rawPath}${query}`;
  const hasBody = event.body !== undefined && method !== 'GET' && method !== 'HEAD';
  return new Request(url, {
    method,
    headers,
    ...(hasBody && {
      body: event.isBase64Encoded ? Buffer.from(event.body ?? '', 'base64') : event.body,
    }),
  });
}

/** The Response as a payload 2.0 result; bodies that are not text travel base64-encoded. */
export async function toResult(response: Response): Promise<APIGatewayProxyStructuredResultV2> {
  const headers: Record<string, string> = {};
  response.headers.forEach((value, name) => {
    if (name !== 'set-cookie') headers[name] = value;
  });
  const cookies = response.headers.getSetCookie();
  const bytes = Buffer.from(await response.arrayBuffer());
  const text = isText(response.headers.get('content-type'));
  return {
    statusCode: response.status,
    headers,
    ...(cookies.length > 0 && { cookies }),
    body: text ? bytes.toString('utf8') : bytes.toString('base64'),
    isBase64Encoded: !text,
  };
}

function isText(contentType: string | null): boolean {
  if (!contentType) return true;
  return /^(text\/|application\/(json|[\w.+-]+\+json)\b)/i.test(contentType);
}
