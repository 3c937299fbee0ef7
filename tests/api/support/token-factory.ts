import { generateKeyPairSync, type KeyObject, randomUUID, sign } from 'node:crypto';

export interface SigningKey {
  kid: string;
  privateKey: KeyObject;
  /** Public half, as it appears in a JWKS. */
  jwk: Record<string, string>;
}

export function createSigningKey(kid = `kid-${randomUUID()}`): SigningKey {
  const { publicKey, privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
  const { n, e } = publicKey.export({ format: 'jwk' });
  if (!n || !e) throw new Error('RSA export lacks n/e');
  return { kid, privateKey, jwk: { kty: 'RSA', kid, alg: 'RS256', use: 'sig', n, e } };
}

let reusedPair: { privateKey: KeyObject; n: string; e: string } | undefined;

/**
 * A signing key for a test harness: RSA material made once per test process (generating it takes
 * 100-200 ms of CPU, and every test starts a harness), under a kid of its own each time. Keys a
 * test makes to be refused (a stranger's, an attacker's, a rotation's) come from createSigningKey.
 */
export function reusedSigningKey(kid = `kid-${randomUUID()}`): SigningKey {
  if (!reusedPair) {
    const { privateKey, jwk } = createSigningKey();
    reusedPair = { privateKey, n: jwk.n ?? '', e: jwk.e ?? '' };
  }
  const { privateKey, n, e } = reusedPair;
  return { kid, privateKey, jwk: { kty: 'RSA', kid, alg: 'RS256', use: 'sig', n, e } };
}

export function jwksOf(...keys: SigningKey[]): { keys: Record<string, string>[] } {
  return { keys: keys.map((key) => key.jwk) };
}

const b64url = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');

export function signJwt(
  key: SigningKey,
  payload: Record<string, unknown>,
  header: Record<string, unknown> = {},
): string {
  const signingInput = `${b64url({ kid: key.kid, alg: 'RS256', ...header })}.${b64url(payload)}`;
  const signature = sign('sha256', Buffer.from(signingInput), key.privateKey).toString('base64url');
  return `${signingInput}.${signature}`;
}

/** Flips bits in the signature, keeping it well-formed base64url. */
export function tamperSignature(token: string): string {
  const [header, payload, signature = ''] = token.split('.');
  const bytes = Buffer.from(signature, 'base64url');
  bytes[0] = (bytes[0] ?? 0) ^ 0xff;
  return `${header}.${payload}.${bytes.toString('base64url')}`;
}

/** Replaces claims but keeps the original signature, as an attacker editing a token would. */
export function tamperPayload(token: string, changes: Record<string, unknown>): string {
  const [header, payload = '', signature] = token.split('.');
  const claims = JSON.parse(Buffer.from(payload, 'base64url').toString()) as Record<
    string,
    unknown
  >;
  return `${header}.${b64url({ ...claims, ...changes })}.${signature}`;
}

export interface TestUser {
  sub: string;
  username: string;
  groups?: string[];
}

export function testUser(username: string, groups?: string[]): TestUser {
  return { sub: randomUUID(), username, ...(groups ? { groups } : {}) };
}

export interface TokenFactory {
  key: SigningKey;
  issuer: string;
  clientId: string;
  /** Access token with Cognito's claim set; `claims` overrides or adds (undefined removes). */
  accessToken(user: TestUser, claims?: Record<string, unknown>, key?: SigningKey): string;
  idToken(user: TestUser, claims?: Record<string, unknown>): string;
}

export function createTokenFactory(options: {
  issuer: string;
  clientId: string;
  key?: SigningKey;
}): TokenFactory {
  const key = options.key ?? createSigningKey();
  const common = (user: TestUser) => {
    const now = Math.floor(Date.now() / 1000);
    return {
      sub: user.sub,
      iss: options.issuer,
      origin_jti: randomUUID(),
      event_id: randomUUID(),
      auth_time: now,
      iat: now,
      exp: now + 3600,
      jti: randomUUID(),
      ...(user.groups ? { 'cognito:groups': user.groups } : {}),
    };
  };
  return {
    key,
    issuer: options.issuer,
    clientId: options.clientId,
    accessToken: (user, claims = {}, signingKey = key) =>
      signJwt(
        signingKey,
        dropUndefined({
          ...common(user),
          client_id: options.clientId,
          token_use: 'access',
          scope: 'aws.cognito.signin.user.admin',
          username: user.username,
          ...claims,
        }),
      ),
    idToken: (user, claims = {}) =>
      signJwt(
        key,
        dropUndefined({
          ...common(user),
          aud: options.clientId,
          token_use: 'id',
          'cognito:username': user.username,
          email: `${user.username}@example.com`,
          email_verified: true,
          ...claims,
        }),
      ),
  };
}

function dropUndefined(claims: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(claims).filter(([, value]) => value !== undefined));
}
