import {
  AdminAddUserToGroupCommand,
  AdminCreateUserCommand,
  AdminSetUserMFAPreferenceCommand,
  AdminSetUserPasswordCommand,
  CognitoIdentityProviderClient,
  CreateGroupCommand,
  CreateUserPoolClientCommand,
  type CreateUserPoolClientCommandInput,
  CreateUserPoolCommand,
  DescribeUserPoolCommand,
  ListUserPoolClientsCommand,
  ListUsersCommand,
  SetUserPoolMfaConfigCommand,
  UpdateUserPoolClientCommand,
  UpdateUserPoolCommand,
  type UpdateUserPoolCommandInput,
} from '@aws-sdk/client-cognito-identity-provider';
import type { PasswordPolicy } from '../../src/lib/config/types.ts';
import { DEMO_PASSWORD, DEMO_USERS, LOCAL_POOL_ID } from './demo-users.ts';

// Node 20 is what this machine has; the SDK's advance notice about Node 22 is noise here.
process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ??= 'true';

const CLIENT_NAME = 'cognito-spa-web';

/**
 * The seeded pool's password policy, in config.json's terms: the pool is created with it and
 * the app's checklist shows it (app-config.ts), so the two cannot drift apart.
 */
export const LOCAL_PASSWORD_POLICY: PasswordPolicy = {
  minLength: 8,
  requireLowercase: true,
  requireUppercase: true,
  requireNumbers: true,
  requireSymbols: true,
};

/** Recent passwords a user may not set again, as the deployed pool (infra/lib/user-pool.ts). */
export const LOCAL_PASSWORD_HISTORY_SIZE = 5;

/**
 * What the app client may write besides email: config.json's editableAttributes
 * (app-config.ts). Email is written too, but changed on its own with a code.
 */
export const LOCAL_EDITABLE_ATTRIBUTES = [
  'name',
  'given_name',
  'family_name',
  'phone_number',
  'locale',
] as const;

export interface SeededPool {
  region: string;
  userPoolId: string;
  userPoolClientId: string;
}

/**
 * Sets the emulator up the way a production pool would be, through the same AWS API any
 * tool would use. Idempotent, so a persisted dev state is reused rather than duplicated.
 */
export async function seedLocalPool(
  endpoint: string,
  rpId: string,
  /** The app's origin (known once Vite listens): enables federated sign-in back to it. */
  appOrigin?: string,
): Promise<SeededPool> {
  const sdk = new CognitoIdentityProviderClient({
    region: 'us-east-1',
    endpoint,
    credentials: { accessKeyId: 'local', secretAccessKey: 'local' },
    maxAttempts: 1,
  });
  try {
    const exists = await sdk.send(new DescribeUserPoolCommand({ UserPoolId: LOCAL_POOL_ID })).then(
      () => true,
      () => false,
    );
    if (exists) {
      // A pool persisted by an older start gets today's settings. UpdateUserPool resets what it
      // leaves out (as on AWS), so it sends every setting createPool sets that it can change.
      await sdk.send(new UpdateUserPoolCommand({ UserPoolId: LOCAL_POOL_ID, ...POOL_SETTINGS }));
    } else {
      await createPool(sdk);
    }
    await sdk.send(
      new SetUserPoolMfaConfigCommand({
        UserPoolId: LOCAL_POOL_ID,
        MfaConfiguration: 'OPTIONAL',
        SoftwareTokenMfaConfiguration: { Enabled: true },
        EmailMfaConfiguration: { Message: 'Your code is {####}', Subject: 'Your sign-in code' },
        // Texts land in the emulator's outbox (and the console), never on a phone.
        SmsMfaConfiguration: {
          SmsAuthenticationMessage: 'Your sign-in code is {####}',
          SmsConfiguration: {
            SnsCallerArn: 'arn:aws:iam::000000000000:role/cognito-local-sms',
            ExternalId: 'cognito-local',
          },
        },
        WebAuthnConfiguration: { RelyingPartyId: rpId, UserVerification: 'preferred' },
      }),
    );
    const clients = await sdk.send(
      new ListUserPoolClientsCommand({ UserPoolId: LOCAL_POOL_ID, MaxResults: 60 }),
    );
    const existing = clients.UserPoolClients?.find((c) => c.ClientName === CLIENT_NAME)?.ClientId;
    const userPoolClientId = existing ?? (await createClient(sdk));
    // Every start, since the app's port can change and an older state may lack newer settings;
    // Cognito's update resets what it omits, so it carries every setting.
    await sdk.send(
      new UpdateUserPoolClientCommand({
        UserPoolId: LOCAL_POOL_ID,
        ClientId: userPoolClientId,
        ...CLIENT_SETTINGS,
        ...(appOrigin && hostedDomainSettings(appOrigin)),
      }),
    );
    await seedUsers(sdk);
    return { region: 'us-east-1', userPoolId: LOCAL_POOL_ID, userPoolClientId };
  } finally {
    sdk.destroy();
  }
}

/**
 * The pool settings UpdateUserPool can change, as the deployed pool has them
 * (infra/lib/user-pool.ts); createPool adds what is fixed at creation.
 */
const POOL_SETTINGS = {
  // Password history needs the Essentials plan or higher.
  UserPoolTier: 'ESSENTIALS',
  AutoVerifiedAttributes: ['email'],
  // A changed email replaces the old one only once the code sent to it is entered.
  UserAttributeUpdateSettings: { AttributesRequireVerificationBeforeUpdate: ['email'] },
  MfaConfiguration: 'OPTIONAL',
  // Remembered only when the user says so ("Remember this device?" after MFA).
  DeviceConfiguration: {
    ChallengeRequiredOnNewDevice: true,
    DeviceOnlyRememberedOnUserPrompt: true,
  },
  Policies: {
    PasswordPolicy: {
      MinimumLength: LOCAL_PASSWORD_POLICY.minLength,
      RequireLowercase: LOCAL_PASSWORD_POLICY.requireLowercase,
      RequireUppercase: LOCAL_PASSWORD_POLICY.requireUppercase,
      RequireNumbers: LOCAL_PASSWORD_POLICY.requireNumbers,
      RequireSymbols: LOCAL_PASSWORD_POLICY.requireSymbols,
      TemporaryPasswordValidityDays: 7,
      PasswordHistorySize: LOCAL_PASSWORD_HISTORY_SIZE,
    },
    SignInPolicy: { AllowedFirstAuthFactors: ['PASSWORD', 'EMAIL_OTP', 'WEB_AUTHN'] },
  },
  AccountRecoverySetting: { RecoveryMechanisms: [{ Name: 'verified_email', Priority: 1 }] },
} satisfies Omit<UpdateUserPoolCommandInput, 'UserPoolId'>;

async function createPool(sdk: CognitoIdentityProviderClient) {
  await sdk.send(
    new CreateUserPoolCommand({
      PoolName: 'cognito-spa-local',
      UserPoolTags: { 'cognito-local:pool-id': LOCAL_POOL_ID },
      UsernameAttributes: ['email'],
      UsernameConfiguration: { CaseSensitive: false },
      ...POOL_SETTINGS,
      Schema: [
        { Name: 'email', AttributeDataType: 'String', Required: true, Mutable: true },
        { Name: 'name', AttributeDataType: 'String', Required: false, Mutable: true },
        { Name: 'plan', AttributeDataType: 'String', Mutable: true },
      ],
    }),
  );
  await sdk.send(
    new CreateGroupCommand({
      UserPoolId: LOCAL_POOL_ID,
      GroupName: 'admin',
      Description: 'Administrators',
    }),
  );
}

const CLIENT_SETTINGS: Omit<CreateUserPoolClientCommandInput, 'UserPoolId'> = {
  ClientName: CLIENT_NAME,
  // As the deployed client (infra/lib/app-client.ts): with refresh token rotation there is no
  // ALLOW_REFRESH_TOKEN_AUTH, and Amplify refreshes through GetTokensFromRefreshToken.
  ExplicitAuthFlows: ['ALLOW_USER_SRP_AUTH', 'ALLOW_USER_AUTH'],
  PreventUserExistenceErrors: 'ENABLED',
  EnableTokenRevocation: true,
  AccessTokenValidity: 60,
  IdTokenValidity: 60,
  RefreshTokenValidity: 30,
  TokenValidityUnits: { AccessToken: 'minutes', IdToken: 'minutes', RefreshToken: 'days' },
  RefreshTokenRotation: { Feature: 'ENABLED', RetryGracePeriodSeconds: 10 },
  AuthSessionValidity: 3,
  // As the deployed client (app-client.ts): the account pages write these, and email.
  WriteAttributes: [...LOCAL_EDITABLE_ATTRIBUTES, 'email'],
};

/** The stand-in Google the hosted domain offers; the app's redirect flow comes back to these URLs. */
export const LOCAL_IDENTITY_PROVIDERS = ['Google'];

/** Hosted-domain settings as a real app client has them (see docs/decisions/0004). */
function hostedDomainSettings(appOrigin: string) {
  // Vite answers on both names; the app builds its URLs from whichever the browser used.
  const origins = [appOrigin, appOrigin.replace('//localhost:', '//127.0.0.1:')];
  return {
    AllowedOAuthFlowsUserPoolClient: true,
    AllowedOAuthFlows: ['code' as const],
    AllowedOAuthScopes: ['openid', 'email', 'profile', 'aws.cognito.signin.user.admin'],
    SupportedIdentityProviders: ['COGNITO', ...LOCAL_IDENTITY_PROVIDERS],
    CallbackURLs: [...new Set(origins.map((o) => `${o}/auth/callback`))],
    LogoutURLs: [...new Set(origins.map((o) => `${o}/sign-in?reason=signed-out`))],
  };
}

async function createClient(sdk: CognitoIdentityProviderClient): Promise<string> {
  const created = await sdk.send(
    new CreateUserPoolClientCommand({ UserPoolId: LOCAL_POOL_ID, ...CLIENT_SETTINGS }),
  );
  return created.UserPoolClient?.ClientId as string;
}

async function seedUsers(sdk: CognitoIdentityProviderClient) {
  const UserPoolId = LOCAL_POOL_ID;
  for (const user of DEMO_USERS) {
    const found = await sdk.send(
      new ListUsersCommand({ UserPoolId, Filter: `email = "${user.email}"` }),
    );
    if (found.Users?.length) continue;
    await sdk.send(
      new AdminCreateUserCommand({
        UserPoolId,
        Username: user.email,
        MessageAction: 'SUPPRESS',
        UserAttributes: [
          { Name: 'email', Value: user.email },
          { Name: 'email_verified', Value: 'true' },
          { Name: 'name', Value: user.name },
        ],
      }),
    );
    await sdk.send(
      new AdminSetUserPasswordCommand({
        UserPoolId,
        Username: user.email,
        Password: DEMO_PASSWORD,
        Permanent: true,
      }),
    );
    for (const GroupName of user.groups) {
      await sdk.send(
        new AdminAddUserToGroupCommand({ UserPoolId, Username: user.email, GroupName }),
      );
    }
    if (user.email.startsWith('mfa@')) {
      await sdk.send(
        new AdminSetUserMFAPreferenceCommand({
          UserPoolId,
          Username: user.email,
          EmailMfaSettings: { Enabled: true, PreferredMfa: true },
        }),
      );
    }
  }
}
