import { vi } from 'vitest';
import {
  installWebAuthnGlobals,
  type SoftAuthenticator,
} from '../../emulator/support/soft-authenticator';

/**
 * Gives jsdom the WebAuthn API Amplify's passkey code uses (PublicKeyCredential,
 * navigator.credentials.get, a secure context), answered by a software authenticator.
 * The emulator tests' installer replaces `window` wholesale, which jsdom cannot survive, so its
 * stubs are borrowed and set on jsdom's own globals; vi.unstubAllGlobals() undoes the rest.
 */
export function installPasskeys(authenticator: SoftAuthenticator) {
  const restore = installWebAuthnGlobals(authenticator, window.location.origin);
  const g = globalThis as unknown as Record<string, unknown>;
  const stubs = {
    PublicKeyCredential: g.PublicKeyCredential,
    AuthenticatorAssertionResponse: g.AuthenticatorAssertionResponse,
    AuthenticatorAttestationResponse: g.AuthenticatorAttestationResponse,
    credentials: (g.navigator as { credentials: CredentialsContainer }).credentials,
  };
  restore();
  vi.stubGlobal('PublicKeyCredential', stubs.PublicKeyCredential);
  vi.stubGlobal('AuthenticatorAssertionResponse', stubs.AuthenticatorAssertionResponse);
  vi.stubGlobal('AuthenticatorAttestationResponse', stubs.AuthenticatorAttestationResponse);
  vi.stubGlobal('isSecureContext', true);
  Object.defineProperty(window, 'PublicKeyCredential', {
    value: stubs.PublicKeyCredential,
    configurable: true,
  });
  Object.defineProperty(window, 'isSecureContext', { value: true, configurable: true });
  Object.defineProperty(navigator, 'credentials', { value: stubs.credentials, configurable: true });
  return {
    credentials: stubs.credentials,
    uninstall() {
      vi.unstubAllGlobals();
      for (const key of ['PublicKeyCredential', 'isSecureContext']) {
        Reflect.deleteProperty(window, key);
      }
      Reflect.deleteProperty(navigator, 'credentials');
    },
  };
}

/**
 * Runs `fn` with Node's Uint8Array as the global one: jsdom brings its own, so the soft
 * authenticator's CBOR encoder would not recognise Node Buffers as byte strings.
 */
export function inNodeRealm<T>(fn: () => T): T {
  const jsdomUint8Array = globalThis.Uint8Array;
  globalThis.Uint8Array = Object.getPrototypeOf(Buffer.prototype).constructor;
  try {
    return fn();
  } finally {
    globalThis.Uint8Array = jsdomUint8Array;
  }
}
