import { cognitoUserPoolsTokenProvider } from 'aws-amplify/auth/cognito';

/** When the stored access token was issued and expires, in this browser's clock (ms). */
export interface TokenExpiry {
  readonly issuedAt: number;
  readonly expiresAt: number;
}

/**
 * Reads the stored access token's lifetime without refreshing or calling Cognito, so the
 * session can plan its next refresh. Null when nobody is signed in.
 */
export async function getTokenExpiry(): Promise<TokenExpiry | null> {
  const tokens = await cognitoUserPoolsTokenProvider.tokenOrchestrator.getTokenStore().loadTokens();
  const { exp, iat } = tokens?.accessToken.payload ?? {};
  if (!tokens || typeof exp !== 'number' || typeof iat !== 'number') return null;
  // clockDrift is server minus local time; subtracting it puts exp on the local clock.
  const drift = tokens.clockDrift ?? 0;
  return { issuedAt: iat * 1000 - drift, expiresAt: exp * 1000 - drift };
}
