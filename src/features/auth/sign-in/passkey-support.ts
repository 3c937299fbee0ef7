/**
 * Whether this browser can sign in with a passkey (WebAuthn in a secure context), the same
 * test Amplify makes before it calls navigator.credentials.get.
 */
export function passkeysSupported(): boolean {
  return (
    typeof window !== 'undefined' &&
    window.isSecureContext &&
    'credentials' in navigator &&
    typeof window.PublicKeyCredential === 'function'
  );
}
