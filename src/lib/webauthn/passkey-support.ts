/**
 * Whether this browser can use passkeys (WebAuthn in a secure context), the same
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
