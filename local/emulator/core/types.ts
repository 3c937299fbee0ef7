/** Everything the emulator keeps is plain JSON, so a dev instance can persist it to a file. */

import type { IdentityPoolState, IssuedCredentials } from '../identity/types.ts';

export type MfaName = 'SOFTWARE_TOKEN_MFA' | 'SMS_MFA' | 'EMAIL_OTP';
/** What USER_AUTH can start with: AvailableChallenges, PREFERRED_CHALLENGE, SELECT_CHALLENGE's ANSWER. */
export type FirstFactor = 'WEB_AUTHN' | 'EMAIL_OTP' | 'SMS_OTP' | 'PASSWORD' | 'PASSWORD_SRP';
export type PasswordlessFactor = Exclude<FirstFactor, 'PASSWORD' | 'PASSWORD_SRP'>;
/** Cognito's ChallengeNameType, less what the emulator does not do (CUSTOM_CHALLENGE, ADMIN_NO_SRP_AUTH). */
export type ChallengeName =
  | MfaName
  | FirstFactor
  | 'SELECT_MFA_TYPE'
  | 'MFA_SETUP'
  | 'PASSWORD_VERIFIER'
  | 'NEW_PASSWORD_REQUIRED'
  | 'SELECT_CHALLENGE'
  | 'DEVICE_SRP_AUTH'
  | 'DEVICE_PASSWORD_VERIFIER';
/** What a `Session` is spent on: a challenge's answer, or the call after sign-up. */
export type SessionStep = ChallengeName | 'CONFIRM_SIGN_UP' | 'AUTO_SIGN_IN';
export type UserStatus =
  | 'UNCONFIRMED'
  | 'CONFIRMED'
  | 'FORCE_CHANGE_PASSWORD'
  | 'RESET_REQUIRED'
  | 'EXTERNAL_PROVIDER';

export interface PasswordPolicy {
  MinimumLength: number;
  RequireUppercase: boolean;
  RequireLowercase: boolean;
  RequireNumbers: boolean;
  RequireSymbols: boolean;
  TemporaryPasswordValidityDays: number;
  /** How many recent passwords a user may not set again (0 or absent: no history). */
  PasswordHistorySize?: number;
}

export interface PoolKey {
  kid: string;
  privateKeyPem: string;
  publicJwk: Record<string, string>;
}

export interface PoolConfig {
  Name: string;
  Policies: { PasswordPolicy: PasswordPolicy; SignInPolicy: { AllowedFirstAuthFactors: string[] } };
  MfaConfiguration: 'OFF' | 'ON' | 'OPTIONAL';
  SoftwareTokenMfaEnabled: boolean;
  EmailMfaEnabled: boolean;
  SmsMfaEnabled: boolean;
  /** SetUserPoolMfaConfig's SmsMfaConfiguration, echoed back (nothing is really texted). */
  SmsMfaConfiguration?: Record<string, unknown>;
  UsernameAttributes: string[];
  AliasAttributes: string[];
  AutoVerifiedAttributes: string[];
  /** `email` / `phone_number`: a change waits for its code before it replaces the old value. */
  AttributesRequireVerificationBeforeUpdate?: string[];
  UsernameCaseSensitive: boolean;
  DeviceConfiguration?: {
    ChallengeRequiredOnNewDevice: boolean;
    DeviceOnlyRememberedOnUserPrompt: boolean;
  };
  WebAuthn: { RelyingPartyId?: string; UserVerification: 'required' | 'preferred' };
  SchemaAttributes: {
    Name: string;
    AttributeDataType: string;
    Mutable: boolean;
    Required: boolean;
  }[];
  AccountRecoverySetting?: unknown;
  UserPoolTier?: string;
  DeletionProtection?: string;
}

export interface ClientConfig {
  ClientId: string;
  ClientName: string;
  ClientSecret?: string;
  ExplicitAuthFlows: string[];
  PreventUserExistenceErrors: 'ENABLED' | 'LEGACY';
  EnableTokenRevocation: boolean;
  AccessTokenValidity: number;
  IdTokenValidity: number;
  RefreshTokenValidity: number;
  TokenValidityUnits: { AccessToken: string; IdToken: string; RefreshToken: string };
  RefreshTokenRotation: { Feature: 'ENABLED' | 'DISABLED'; RetryGracePeriodSeconds: number };
  ReadAttributes?: string[];
  WriteAttributes?: string[];
  CallbackURLs?: string[];
  LogoutURLs?: string[];
  AllowedOAuthFlows?: string[];
  AllowedOAuthScopes?: string[];
  AllowedOAuthFlowsUserPoolClient?: boolean;
  SupportedIdentityProviders?: string[];
  AuthSessionValidity: number;
  CreationDate: number;
  LastModifiedDate: number;
}

export interface CodeState {
  code: string;
  expiresAt: number;
  attempts: number;
  /** Which attribute the code proves, for sign-up and attribute verification. */
  attribute?: string;
}

export interface DeviceState {
  key: string;
  groupKey: string;
  name?: string;
  saltHex?: string;
  verifierHex?: string;
  confirmed: boolean;
  remembered: boolean;
  /** The caller's address at the last sign-in with this device, when the transport knows it. */
  lastIp?: string;
  createdAt: number;
  modifiedAt: number;
  lastAuthenticatedAt: number;
}

export interface WebAuthnCredentialState {
  id: string;
  publicKey: string;
  counter: number;
  transports: string[];
  attachment?: string;
  friendlyName?: string;
  rpId: string;
  createdAt: number;
}

export interface UserState {
  username: string;
  sub: string;
  attributes: Record<string, string>;
  status: UserStatus;
  enabled: boolean;
  createdAt: number;
  modifiedAt: number;
  password?: { saltHex: string; verifierHex: string; temporary: boolean; setAt: number };
  /** Verifiers of earlier passwords, newest first, kept while the pool has a password history. */
  passwordHistory?: { saltHex: string; verifierHex: string }[];
  /** New email / phone values waiting for their code (AttributesRequireVerificationBeforeUpdate). */
  pendingAttributes?: Record<string, string>;
  failedAttempts: number;
  lockedUntil: number;
  mfa: {
    totpSecret?: string;
    pendingTotpSecret?: string;
    lastTotpStep?: number;
    enabled: MfaName[];
    preferred?: MfaName;
  };
  groups: string[];
  devices: Record<string, DeviceState>;
  webauthn: WebAuthnCredentialState[];
  /** Pending WebAuthn registration challenge (StartWebAuthnRegistration → Complete). */
  webauthnRegistration?: { challenge: string; expiresAt: number };
  codes: Record<string, CodeState>;
}

export interface GroupState {
  GroupName: string;
  Description?: string;
  Precedence?: number;
  RoleArn?: string;
  CreationDate: number;
  LastModifiedDate: number;
}

/** A sign-in in progress: one record per issued `Session`, each usable once. */
export interface ChallengeSession {
  id: string;
  clientId: string;
  username: string;
  /** The challenge (or operation) this session answers. */
  expects: SessionStep;
  expiresAt: number;
  attempts: number;
  data: Record<string, unknown>;
}

export interface TokenFamily {
  originJti: string;
  username: string;
  clientId: string;
  authTime: number;
  deviceKey?: string;
  revoked: boolean;
  createdAt: number;
  /** OAuth scopes granted at the hosted domain; absent for API sign-ins (user-pool admin scope). */
  scope?: string;
}

export interface RefreshRecord {
  family: string;
  expiresAt: number;
  /** When rotation replaced it; reuse after the grace period is theft. */
  rotatedAt?: number;
  replacedBy?: string;
}

export interface PoolState {
  id: string;
  region: string;
  createdAt: number;
  modifiedAt: number;
  config: PoolConfig;
  keys: { id: PoolKey; access: PoolKey };
  clients: Record<string, ClientConfig>;
  users: Record<string, UserState>;
  groups: Record<string, GroupState>;
  sessions: Record<string, ChallengeSession>;
  families: Record<string, TokenFamily>;
  refreshTokens: Record<string, RefreshRecord>;
}

export interface OutboxEntry {
  userPoolId: string;
  username: string;
  destination: string;
  medium: 'EMAIL' | 'SMS';
  purpose: string;
  code: string;
  sentAt: string;
}

export interface EmulatorState {
  version: 1;
  pools: Record<string, PoolState>;
  outbox: OutboxEntry[];
  /** Cognito Identity's pools; absent in state saved before the emulator spoke it. */
  identityPools?: Record<string, IdentityPoolState>;
  /** Credentials GetCredentialsForIdentity issued, by access key id. */
  identityCredentials?: Record<string, IssuedCredentials>;
  /** Signs GetOpenIdToken's tokens (cognito-identity.amazonaws.com's key); made on first use. */
  identitySigningKey?: PoolKey;
}
