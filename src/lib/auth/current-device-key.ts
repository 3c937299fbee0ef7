import { cognitoUserPoolsTokenProvider } from 'aws-amplify/auth/cognito';

const { tokenOrchestrator } = cognitoUserPoolsTokenProvider;

/**
 * The Cognito device key of this browser, or undefined when the pool does not track devices.
 * Amplify's stored key comes first: it is the one the next sign-in presents (and the one
 * rememberDevice and forgetDevice use). The access token's `device_key` claim covers a
 * browser whose stored keys are gone but whose session still names its device.
 */
export async function getCurrentDeviceKey(): Promise<string | undefined> {
  const metadata = await tokenOrchestrator.getDeviceMetadata().catch(() => null);
  if (metadata?.deviceKey) return metadata.deviceKey;
  const tokens = await tokenOrchestrator.getTokenStore().loadTokens();
  const claim = tokens?.accessToken.payload.device_key;
  return typeof claim === 'string' && claim ? claim : undefined;
}

/** Whether this browser holds the keys a remembered device signs in with. */
export async function hasDeviceKeys(): Promise<boolean> {
  const metadata = await tokenOrchestrator.getDeviceMetadata().catch(() => null);
  return Boolean(metadata?.deviceKey);
}
