import { randomUUID } from 'node:crypto';
import type { Emulator } from '../core/emulator.ts';
import { CognitoError } from '../core/errors.ts';
import { handleHostedUi } from '../hosted-ui/handle-hosted-ui.ts';

export interface PlainRequest {
  method: string;
  url: URL;
  headers: Headers;
  body: string;
  /** The client's address when the transport knows it (the HTTP server; MSW has none). */
  sourceIp?: string;
}

export interface PlainResponse {
  status: number;
  headers: Record<string, string>;
  body: string;
}

const TARGET = 'AWSCognitoIdentityProviderService.';
/** Cognito Identity (identity pools) shares the wire: JSON 1.1, its own target prefix. */
const IDENTITY_TARGET = 'AWSCognitoIdentityService.';

function cors(req: PlainRequest): Record<string, string> {
  return {
    'access-control-allow-origin': req.headers.get('origin') ?? '*',
    'access-control-expose-headers':
      'x-amzn-RequestId, x-amzn-ErrorType, x-amzn-ErrorMessage, Date',
    vary: 'Origin',
  };
}

function json(
  req: PlainRequest,
  status: number,
  body: unknown,
  extra: Record<string, string> = {},
): PlainResponse {
  return {
    status,
    headers: {
      ...cors(req),
      'content-type': 'application/x-amz-json-1.1',
      'x-amzn-requestid': randomUUID(),
      ...extra,
    },
    body: JSON.stringify(body),
  };
}

function failure(req: PlainRequest, error: unknown): PlainResponse {
  const e =
    error instanceof CognitoError
      ? error
      : new CognitoError('InternalErrorException', 'Internal server error.', 500);
  if (!(error instanceof CognitoError)) console.error('[cognito-local] internal error', error);
  return json(
    req,
    e.status,
    { __type: e.name, message: e.message },
    {
      'x-amzn-errortype': `${e.name}:`,
      'x-amzn-errormessage': e.message,
    },
  );
}

/** The SigV4 credential scope names the region an AWS SDK addressed. */
function regionOf(headers: Headers): string | undefined {
  return /Credential=[^/]+\/\d{8}\/([a-z0-9-]+)\//.exec(headers.get('authorization') ?? '')?.[1];
}

/** Cognito's wire, independent of transport: the HTTP server and the MSW handlers both use it. */
export async function handleRequest(emulator: Emulator, req: PlainRequest): Promise<PlainResponse> {
  if (req.method === 'OPTIONS') {
    return {
      status: 204,
      headers: {
        ...cors(req),
        'access-control-allow-methods': 'POST, GET, OPTIONS',
        'access-control-allow-headers': req.headers.get('access-control-request-headers') ?? '*',
        'access-control-max-age': '600',
      },
      body: '',
    };
  }
  const path = req.url.pathname;
  // The hosted domain (/oauth2/*, /logout) shares this core; its wire is OAuth, not JSON RPC.
  const hosted = handleHostedUi(emulator, req);
  if (hosted) return hosted;
  if (req.method === 'GET') {
    const wellKnown =
      /\/([\w-]+_[0-9a-zA-Z]+)\/\.well-known\/(jwks\.json|openid-configuration)$/.exec(path);
    if (wellKnown) {
      const [, poolId, doc] = wellKnown as unknown as [string, string, string];
      const body =
        doc === 'jwks.json' ? emulator.jwks(poolId) : emulator.openIdConfiguration(poolId);
      if (!body) return json(req, 404, { message: 'User pool not found' });
      return json(req, 200, body, {
        'content-type': 'application/json',
        'cache-control': 'max-age=300',
      });
    }
    if (path.endsWith('/_local/outbox')) {
      const username = req.url.searchParams.get('username') ?? undefined;
      return json(req, 200, emulator.outbox({ username }), { 'content-type': 'application/json' });
    }
    if (path.endsWith('/_local/health'))
      return json(req, 200, { ok: true }, { 'content-type': 'application/json' });
    return json(req, 404, { message: 'Not found' });
  }
  if (req.method !== 'POST') return json(req, 405, { message: 'Method not allowed' });
  const target = req.headers.get('x-amz-target') ?? '';
  const service = target.startsWith(IDENTITY_TARGET) ? 'cognito-identity' : 'cognito-idp';
  const prefix = service === 'cognito-identity' ? IDENTITY_TARGET : TARGET;
  if (!target.startsWith(prefix)) {
    return failure(
      req,
      new CognitoError('UnknownOperationException', 'Missing or unknown X-Amz-Target.'),
    );
  }
  let body: unknown;
  try {
    body = req.body ? JSON.parse(req.body) : {};
  } catch {
    return failure(
      req,
      new CognitoError('SerializationException', 'Request body is not valid JSON.'),
    );
  }
  try {
    const result = await emulator.call(target.slice(prefix.length), body, {
      region: regionOf(req.headers),
      service,
      ...(req.sourceIp && { sourceIp: req.sourceIp }),
    });
    return json(req, 200, result);
  } catch (error) {
    return failure(req, error);
  }
}
