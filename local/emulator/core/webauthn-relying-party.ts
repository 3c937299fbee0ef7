import { CognitoError } from './errors.ts';
import type { PoolState, UserState } from './types.ts';

/** Shared by passkey registration and passkey sign-in: the pool's relying party and its rules. */

/** How long a StartWebAuthnRegistration challenge stays usable (Cognito: 5 minutes). */
export const REGISTRATION_TTL_SECONDS = 300;
/** ES256 and RS256, the algorithms Cognito offers in `pubKeyCredParams`. */
export const SUPPORTED_ALGORITHMS = [-7, -257];
/** Cognito's limit on passkeys per user. */
export const MAX_CREDENTIALS_PER_USER = 20;

/** Passkeys are on when the sign-in policy allows WEB_AUTHN as a first factor. */
export function assertPasskeysEnabled(pool: PoolState): void {
  if (!pool.config.Policies.SignInPolicy.AllowedFirstAuthFactors.includes('WEB_AUTHN')) {
    throw new CognitoError(
      'WebAuthnNotEnabledException',
      'Passkeys are not enabled for this user pool: add WEB_AUTHN to AllowedFirstAuthFactors.',
    );
  }
}

/**
 * The relying party id from SetUserPoolMfaConfig's WebAuthnConfiguration. Cognito would fall back
 * to the pool's domain; the emulator has no domains, so the id must be configured.
 */
export function relyingPartyId(pool: PoolState): string {
  const id = pool.config.WebAuthn.RelyingPartyId;
  if (!id) {
    throw new CognitoError(
      'WebAuthnConfigurationMissingException',
      'Relying party ID is not configured.',
    );
  }
  return id;
}

const LOOPBACK = new Set(['localhost', '127.0.0.1', '[::1]']);

/**
 * An origin may use the passkey when its host is the relying party id or a subdomain of it, over
 * https; plain http only on the loopback host (browsers treat it as a secure context).
 */
export function originAllowed(origin: unknown, rpId: string): boolean {
  if (typeof origin !== 'string') return false;
  let url: URL;
  try {
    url = new URL(origin);
  } catch {
    return false;
  }
  if (url.origin !== origin) return false;
  const host = url.hostname.toLowerCase();
  const rp = rpId.toLowerCase();
  if (host !== rp && !host.endsWith(`.${rp}`)) return false;
  if (url.protocol === 'https:') return true;
  return url.protocol === 'http:' && (LOOPBACK.has(host) || host.endsWith('.localhost'));
}

export interface ClientData {
  type?: unknown;
  challenge?: unknown;
  origin?: unknown;
}

/** The decoded `clientDataJSON` of a credential response, or undefined when it is not JSON. */
export function readClientData(clientDataJSON: unknown): ClientData | undefined {
  if (typeof clientDataJSON !== 'string') return undefined;
  try {
    const parsed: unknown = JSON.parse(Buffer.from(clientDataJSON, 'base64url').toString('utf8'));
    return parsed && typeof parsed === 'object' && !Array.isArray(parsed)
      ? (parsed as ClientData)
      : undefined;
  } catch {
    return undefined;
  }
}

/** The WebAuthn user handle Cognito gives a user: the base64url of its `sub`. */
export const userHandle = (user: UserState): string =>
  Buffer.from(user.sub, 'utf8').toString('base64url');

/** base64url text → bytes, as @simplewebauthn/server wants them. */
export const fromBase64Url = (value: string): Uint8Array<ArrayBuffer> =>
  new Uint8Array(Buffer.from(value, 'base64url'));
