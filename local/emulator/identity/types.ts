/** Cognito Identity's state: plain JSON, kept next to the user pools in the emulator's state. */

/** A user pool as an identity pool's login provider (CognitoIdentityProvider on the wire). */
export interface IdentityProviderConfig {
  ProviderName: string;
  ClientId: string;
  ServerSideTokenCheck: boolean;
}

export interface IdentityPoolConfig {
  IdentityPoolName: string;
  AllowUnauthenticatedIdentities: boolean;
  AllowClassicFlow?: boolean;
  CognitoIdentityProviders: IdentityProviderConfig[];
  SupportedLoginProviders?: Record<string, string>;
  DeveloperProviderName?: string;
  OpenIdConnectProviderARNs?: string[];
  SamlProviderARNs?: string[];
  IdentityPoolTags?: Record<string, string>;
}

/** One identity: a guest, or the user(s) its logins name, by provider name and token `sub`. */
export interface IdentityState {
  id: string;
  logins: Record<string, string>;
  createdAt: number;
  modifiedAt: number;
}

export interface IdentityPoolState {
  id: string;
  region: string;
  createdAt: number;
  modifiedAt: number;
  config: IdentityPoolConfig;
  /** SetIdentityPoolRoles: `authenticated` / `unauthenticated` → role ARN. */
  roles: Record<string, string>;
  /** Stored and echoed; role resolution always uses `roles` (no rules or token roles). */
  roleMappings?: Record<string, unknown>;
  identities: Record<string, IdentityState>;
}

/**
 * Temporary AWS credentials GetCredentialsForIdentity handed out, kept so a local AWS service
 * (the S3 stand-in) can check a SigV4 signature and learn whose identity signed it.
 */
export interface IssuedCredentials {
  accessKeyId: string;
  secretAccessKey: string;
  sessionToken: string;
  /** Milliseconds on the emulator's clock (`emulator.now()`), one hour after issue. */
  expiresAt: number;
  identityId: string;
  identityPoolId: string;
  roleArn: string;
  authenticated: boolean;
}
