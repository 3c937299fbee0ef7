import { apiOriginOf, isApiUrl, resolveRequestUrl } from './api-url';
import {
  ApiError,
  ForbiddenError,
  InvalidResponseError,
  NetworkError,
  SessionEndedError,
} from './errors';
import { isRecord, type ResponseParser } from './validate';

/** The session layer's token getter: null means nobody is signed in. */
export type GetAccessToken = (options?: { forceRefresh?: boolean }) => Promise<string | null>;

export interface ApiClientOptions {
  /** The configured API base URL; its origin is the only one that ever sees the token. */
  readonly baseUrl: string;
  readonly getAccessToken: GetAccessToken;
  /** Called when the API still refuses the token after a forced refresh. */
  readonly onSessionEnded: () => void;
  /** For tests; defaults to the global fetch at call time, so MSW can patch it. */
  readonly fetch?: typeof fetch;
}

export interface RequestOptions<T> {
  readonly method?: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  /** Sent as JSON. */
  readonly body?: unknown;
  /** Checks the JSON body before anyone uses it; omitted means the body is ignored. */
  readonly parse?: ResponseParser<T>;
  readonly signal?: AbortSignal;
}

export interface ApiClient {
  /** Sends a request; `input` is a path under the base URL or an absolute URL. */
  request<T = void>(input: string, options?: RequestOptions<T>): Promise<T>;
  readonly baseUrl: string;
}

// Far above anything the demo API sends; a hostile server cannot make us parse megabytes.
const MAX_BODY_CHARS = 1_000_000;
const ERROR_CODE = /^[a-z][a-z_]{0,63}$/;

/** The one API client: bearer token for the API origin only, one refresh-and-retry on 401. */
export function createApiClient(options: ApiClientOptions): ApiClient {
  const { baseUrl, getAccessToken, onSessionEnded } = options;
  const apiOrigin = apiOriginOf(baseUrl);
  const doFetch: typeof fetch = (input, init) => (options.fetch ?? fetch)(input, init);
  // Requests that fail together share one forced refresh, and end the session once.
  let refreshing: Promise<string | null> | undefined;
  let endedToken: string | undefined;

  const forceRefresh = () => {
    refreshing ??= getAccessToken({ forceRefresh: true }).finally(() => {
      refreshing = undefined;
    });
    return refreshing;
  };

  const endSession = (token: string | null): never => {
    if (token === null || token !== endedToken) {
      endedToken = token ?? undefined;
      onSessionEnded();
    }
    throw new SessionEndedError();
  };

  async function send(url: URL, init: RequestInit, token: string | null): Promise<Response> {
    const headers = new Headers(init.headers);
    if (token) headers.set('authorization', `Bearer ${token}`);
    try {
      return await doFetch(url, { ...init, headers });
    } catch (error) {
      if (init.signal?.aborted) throw error;
      throw new NetworkError({ cause: error });
    }
  }

  async function request<T>(
    input: string,
    { method = 'GET', body, parse, signal }: RequestOptions<T> = {},
  ) {
    const url = resolveRequestUrl(input, baseUrl);
    // fetch refuses these anyway; refusing first keeps a look-alike from ever reaching the token.
    if (url.username || url.password) throw new TypeError('Request URLs must not hold credentials');
    const init: RequestInit = {
      method,
      headers: {
        accept: 'application/json',
        ...(body !== undefined && { 'content-type': 'application/json' }),
      },
      ...(body !== undefined && { body: JSON.stringify(body) }),
      // A bearer API needs no cookies, and must not be able to bounce the token elsewhere.
      credentials: 'omit',
      redirect: 'manual',
      cache: 'no-store',
      ...(signal && { signal }),
    };
    if (!isApiUrl(url, apiOrigin)) return read(await send(url, init, null), parse);

    let token = await getAccessToken();
    if (!token) return endSession(null);
    let response = await send(url, init, token);
    if (response.status === 401) {
      token = await forceRefresh();
      if (!token) return endSession(null);
      response = await send(url, init, token);
      if (response.status === 401) return endSession(token);
    }
    return read(response, parse);
  }

  return { request, baseUrl };
}

async function read<T>(response: Response, parse: ResponseParser<T> | undefined): Promise<T> {
  const { status } = response;
  if (response.type === 'opaqueredirect' || (status >= 300 && status < 400)) {
    throw new ApiError(status || 302, undefined, 'The API answered with a redirect');
  }
  if (!response.ok) {
    const code = await readErrorCode(response);
    if (status === 403) throw new ForbiddenError(code);
    throw new ApiError(status, code);
  }
  if (!parse) return undefined as T;
  return parse(await readJson(response), status);
}

async function readJson(response: Response): Promise<unknown> {
  const type = response.headers.get('content-type')?.split(';')[0]?.trim().toLowerCase();
  if (type !== 'application/json') throw new InvalidResponseError(response.status, 'not JSON');
  const text = await response.text();
  if (text.length > MAX_BODY_CHARS) throw new InvalidResponseError(response.status, 'too large');
  try {
    return JSON.parse(text) as unknown;
  } catch {
    throw new InvalidResponseError(response.status, 'malformed JSON');
  }
}

/** The `error` field of an error body, when it is a short machine code and nothing else. */
async function readErrorCode(response: Response): Promise<string | undefined> {
  try {
    const body = await readJson(response);
    const code = isRecord(body) ? body.error : undefined;
    return typeof code === 'string' && ERROR_CODE.test(code) ? code : undefined;
  } catch {
    return undefined;
  }
}
