import type { DynamoStore } from './store/dynamo-store.ts';

/** What the API needs whatever carries its requests (the node:http server, or MSW in tests). */
export interface ApiOptions {
  userPoolId: string;
  /** Defaults to the prefix of userPoolId (`us-east-1_x` → `us-east-1`). */
  region?: string;
  /** Defaults to `https://cognito-idp.{region}.amazonaws.com/{userPoolId}`. */
  issuer?: string;
  /** Defaults to `${issuer}/.well-known/jwks.json`; http is allowed for the local emulator. */
  jwksUri?: string;
  /** App client id(s) whose access tokens this API accepts. */
  clientId: string | string[];
  /** Exact browser origins allowed by CORS, e.g. `http://localhost:5173`. */
  allowedOrigins: string[];
  /**
   * Cognito user-pool endpoint used to detect revoked tokens on sensitive calls,
   * e.g. `http://127.0.0.1:9229/` locally or `https://cognito-idp.{region}.amazonaws.com/`.
   * Without it the API relies on the JWT alone (see README.md).
   */
  cognitoEndpoint?: string;
  /** Cognito group whose members may call the admin endpoint. Defaults to `admin`. */
  adminGroup?: string;
  /** Minimum seconds between JWKS refetches triggered by unknown key ids. Defaults to 10. */
  unknownKidCooldownSeconds?: number;
  /** Receives one line per request (method, path, status, reason); never tokens. */
  log?: (line: string) => void;
  /**
   * Where users and notes live: DynamoDB, or dynalite locally and in tests
   * (local/stack/start-dynalite.ts). Pass the same store to seed or inspect the data.
   */
  store: DynamoStore;
  /**
   * Seconds a write trusts Cognito's last "this session is live" answer for its token (only
   * with `cognitoEndpoint`): the most a revoked session can go on writing. Defaults to 5.
   */
  revocationCacheSeconds?: number;
}

export interface ApiServerOptions extends ApiOptions {
  /** 0 (the default) lets the OS pick a free port. */
  port?: number;
  host?: '127.0.0.1';
}

export interface ResolvedOptions {
  userPoolId: string;
  region: string;
  issuer: string;
  jwksUri: string;
  clientIds: string[];
  allowedOrigins: string[];
  cognitoEndpoint: string | undefined;
  adminGroup: string;
  unknownKidCooldownSeconds: number;
  log: (line: string) => void;
}

const USER_POOL_ID = /^[\w-]+_[0-9a-zA-Z]+$/;

// Misconfiguration should stop startup rather than surface later as mysterious 401s or CORS failures.
export function resolveOptions(options: ApiOptions): ResolvedOptions {
  if (!USER_POOL_ID.test(options.userPoolId)) {
    throw new Error(`Invalid user pool id: ${options.userPoolId}`);
  }
  const region = options.region ?? options.userPoolId.split('_')[0] ?? '';
  const issuer =
    options.issuer ?? `https://cognito-idp.${region}.amazonaws.com/${options.userPoolId}`;
  const jwksUri = options.jwksUri ?? `${issuer}/.well-known/jwks.json`;
  assertHttpUrl('jwksUri', jwksUri);
  if (options.cognitoEndpoint !== undefined)
    assertHttpUrl('cognitoEndpoint', options.cognitoEndpoint);

  const clientIds = (
    Array.isArray(options.clientId) ? options.clientId : [options.clientId]
  ).filter((id) => id.length > 0);
  if (clientIds.length === 0) throw new Error('At least one clientId is required');

  for (const origin of options.allowedOrigins) {
    // A trailing slash or path would never equal a browser's Origin header, so reject it up front.
    if (safeOrigin(origin) !== origin) {
      throw new Error(`Allowed origin must be scheme://host[:port] only, got: ${origin}`);
    }
  }

  return {
    userPoolId: options.userPoolId,
    region,
    issuer,
    jwksUri,
    clientIds,
    allowedOrigins: [...options.allowedOrigins],
    cognitoEndpoint: options.cognitoEndpoint,
    adminGroup: options.adminGroup ?? 'admin',
    unknownKidCooldownSeconds: options.unknownKidCooldownSeconds ?? 10,
    log: options.log ?? (() => {}),
  };
}

function assertHttpUrl(name: string, value: string): void {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new Error(`${name} is not a URL: ${value}`);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw new Error(`${name} must be http(s): ${value}`);
  }
}

function safeOrigin(value: string): string | undefined {
  try {
    return new URL(value).origin;
  } catch {
    return undefined;
  }
}
