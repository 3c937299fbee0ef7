import type { Operation, Req } from '../context.ts';
import { CognitoError, invalidParameter } from '../errors.ts';
import { alnum } from '../ids.ts';
import { obj, optNum, optStr, str, strList } from '../input.ts';
import { createPoolKey } from '../jwt.ts';
import { poolFromReq } from '../lookup.ts';
import { DEFAULT_PASSWORD_POLICY } from '../password-policy.ts';
import type { PoolConfig, PoolState } from '../types.ts';

const REGION = /^[a-z]{2}(-[a-z]+)+-\d$/;

const TIERS = ['LITE', 'ESSENTIALS', 'PLUS'];

function tier(req: Req, current?: string): string {
  const given = optStr(req, 'UserPoolTier') ?? current ?? 'ESSENTIALS';
  if (!TIERS.includes(given)) throw invalidParameter(`Invalid UserPoolTier ${given}`);
  return given;
}

function passwordPolicy(req: Req, poolTier: string) {
  const given = obj(obj(req, 'Policies'), 'PasswordPolicy');
  const policy = {
    ...DEFAULT_PASSWORD_POLICY,
    ...given,
  } as PoolConfig['Policies']['PasswordPolicy'];
  const history = optNum(given, 'PasswordHistorySize');
  if (history !== undefined && (!Number.isInteger(history) || history < 0 || history > 24)) {
    throw invalidParameter('PasswordHistorySize must be between 0 and 24');
  }
  // PasswordPolicyType: "To activate this setting, your user pool must be in the Essentials tier or higher."
  if (history && poolTier === 'LITE') {
    throw new CognitoError(
      'FeatureUnavailableInTierException',
      'Password history is not available in the Lite tier.',
    );
  }
  return policy;
}

const VERIFIABLE = ['email', 'phone_number'];

/** UserAttributeUpdateSettings; Cognito asks that each attribute is also auto-verified. */
function attributesRequiringVerification(req: Req, autoVerified: string[]): string[] | undefined {
  if (!req.UserAttributeUpdateSettings) return undefined;
  const settings = obj(req, 'UserAttributeUpdateSettings');
  const list = strList(settings, 'AttributesRequireVerificationBeforeUpdate') ?? [];
  for (const name of list) {
    if (!VERIFIABLE.includes(name)) {
      throw invalidParameter(`Invalid AttributesRequireVerificationBeforeUpdate value ${name}`);
    }
    if (!autoVerified.includes(name)) {
      throw invalidParameter(
        `${name} must be in AutoVerifiedAttributes to require verification before update.`,
      );
    }
  }
  return list;
}

function schema(req: Req): PoolConfig['SchemaAttributes'] {
  const list = Array.isArray(req.Schema) ? (req.Schema as Req[]) : [];
  return list.map((a) => {
    const base = String(a.Name ?? '');
    const standard = [
      'email',
      'phone_number',
      'name',
      'given_name',
      'family_name',
      'preferred_username',
      'birthdate',
      'address',
      'gender',
      'locale',
      'nickname',
      'picture',
      'profile',
      'website',
      'zoneinfo',
      'middle_name',
      'updated_at',
    ];
    return {
      Name: standard.includes(base) || base.startsWith('custom:') ? base : `custom:${base}`,
      AttributeDataType: String(a.AttributeDataType ?? 'String'),
      Mutable: a.Mutable !== false,
      Required: a.Required === true,
    };
  });
}

export const createUserPool: Operation = (ctx, req) => {
  const name = str(req, 'PoolName');
  const region = ctx.region;
  if (!REGION.test(region)) throw invalidParameter('Invalid region');
  // A tag lets a seed script ask for a stable id, so a dev's config.json survives restarts.
  const wanted = obj(req, 'UserPoolTags')['cognito-local:pool-id'];
  const id = typeof wanted === 'string' ? wanted : `${region}_${alnum(9).replace(/^./, 'L')}`;
  if (!/^[\w-]+_[0-9a-zA-Z]+$/.test(id) || !id.startsWith(`${region}_`)) {
    throw invalidParameter('cognito-local:pool-id must look like REGION_ID');
  }
  if (ctx.state.pools[id]) throw invalidParameter(`User pool ${id} already exists.`);
  const mfa = (optStr(req, 'MfaConfiguration') ?? 'OFF') as PoolConfig['MfaConfiguration'];
  if (!['OFF', 'ON', 'OPTIONAL'].includes(mfa)) throw invalidParameter('Invalid MfaConfiguration');
  const device = req.DeviceConfiguration ? obj(req, 'DeviceConfiguration') : undefined;
  const signIn = obj(obj(req, 'Policies'), 'SignInPolicy');
  const poolTier = tier(req);
  const autoVerified = strList(req, 'AutoVerifiedAttributes') ?? [];
  const config: PoolConfig = {
    Name: name,
    Policies: {
      PasswordPolicy: passwordPolicy(req, poolTier),
      SignInPolicy: {
        AllowedFirstAuthFactors: strList(signIn, 'AllowedFirstAuthFactors') ?? ['PASSWORD'],
      },
    },
    MfaConfiguration: mfa,
    SoftwareTokenMfaEnabled: mfa !== 'OFF',
    EmailMfaEnabled: false,
    SmsMfaEnabled: !!req.SmsConfiguration,
    UsernameAttributes: strList(req, 'UsernameAttributes') ?? [],
    AliasAttributes: strList(req, 'AliasAttributes') ?? [],
    AutoVerifiedAttributes: autoVerified,
    AttributesRequireVerificationBeforeUpdate: attributesRequiringVerification(req, autoVerified),
    UsernameCaseSensitive: obj(req, 'UsernameConfiguration').CaseSensitive === true,
    DeviceConfiguration: device
      ? {
          ChallengeRequiredOnNewDevice: device.ChallengeRequiredOnNewDevice === true,
          DeviceOnlyRememberedOnUserPrompt: device.DeviceOnlyRememberedOnUserPrompt === true,
        }
      : undefined,
    WebAuthn: { UserVerification: 'preferred' },
    SchemaAttributes: schema(req),
    AccountRecoverySetting: req.AccountRecoverySetting,
    UserPoolTier: poolTier,
    DeletionProtection: optStr(req, 'DeletionProtection') ?? 'INACTIVE',
  };
  if (config.UsernameAttributes.length && config.AliasAttributes.length) {
    throw invalidParameter('UsernameAttributes and AliasAttributes cannot both be set.');
  }
  const newKey = ctx.options.createPoolKey ?? createPoolKey;
  const pool: PoolState = {
    id,
    region,
    createdAt: ctx.now(),
    modifiedAt: ctx.now(),
    config,
    keys: { id: newKey(), access: newKey() },
    clients: {},
    users: {},
    groups: {},
    sessions: {},
    families: {},
    refreshTokens: {},
  };
  ctx.state.pools[id] = pool;
  return { UserPool: describe(pool) };
};

function describe(pool: PoolState) {
  const c = pool.config;
  return {
    Id: pool.id,
    Name: c.Name,
    Arn: `arn:aws:cognito-idp:${pool.region}:000000000000:userpool/${pool.id}`,
    Policies: { ...c.Policies, PasswordPolicy: describedPasswordPolicy(c) },
    MfaConfiguration: c.MfaConfiguration,
    UsernameAttributes: c.UsernameAttributes,
    AliasAttributes: c.AliasAttributes,
    AutoVerifiedAttributes: c.AutoVerifiedAttributes,
    ...(c.AttributesRequireVerificationBeforeUpdate && {
      UserAttributeUpdateSettings: {
        AttributesRequireVerificationBeforeUpdate: c.AttributesRequireVerificationBeforeUpdate,
      },
    }),
    UsernameConfiguration: { CaseSensitive: c.UsernameCaseSensitive },
    ...(c.DeviceConfiguration ? { DeviceConfiguration: c.DeviceConfiguration } : {}),
    SchemaAttributes: c.SchemaAttributes,
    ...(c.AccountRecoverySetting ? { AccountRecoverySetting: c.AccountRecoverySetting } : {}),
    UserPoolTier: c.UserPoolTier,
    DeletionProtection: c.DeletionProtection,
    EstimatedNumberOfUsers: Object.keys(pool.users).length,
    CreationDate: pool.createdAt / 1000,
    LastModifiedDate: pool.modifiedAt / 1000,
    Status: 'Enabled',
  };
}

/** "Password history isn't displayed in DescribeUserPool responses when you set this value to 0." */
function describedPasswordPolicy(c: PoolConfig) {
  const { PasswordHistorySize, ...rest } = c.Policies.PasswordPolicy;
  return PasswordHistorySize ? { ...rest, PasswordHistorySize } : rest;
}

export const describeUserPool: Operation = (ctx, req) => {
  return { UserPool: describe(poolFromReq(ctx, req)) };
};

export const listUserPools: Operation = (ctx) => ({
  UserPools: Object.values(ctx.state.pools).map((p) => ({
    Id: p.id,
    Name: p.config.Name,
    CreationDate: p.createdAt / 1000,
    LastModifiedDate: p.modifiedAt / 1000,
  })),
});

export const deleteUserPool: Operation = (ctx, req) => {
  const pool = poolFromReq(ctx, req);
  delete ctx.state.pools[pool.id];
  return {};
};

/** MFA kinds and the passkey relying party, as SetUserPoolMfaConfig sets them on AWS. */
export const setUserPoolMfaConfig: Operation = (ctx, req) => {
  const pool = poolFromReq(ctx, req);
  const c = pool.config;
  const mfa = optStr(req, 'MfaConfiguration');
  if (mfa) {
    if (!['OFF', 'ON', 'OPTIONAL'].includes(mfa))
      throw invalidParameter('Invalid MfaConfiguration');
    c.MfaConfiguration = mfa as PoolConfig['MfaConfiguration'];
  }
  if (req.SoftwareTokenMfaConfiguration)
    c.SoftwareTokenMfaEnabled = obj(req, 'SoftwareTokenMfaConfiguration').Enabled === true;
  // EmailMfaConfiguration has no Enabled flag: when MFA is being set, leaving it out turns email MFA off.
  if (req.EmailMfaConfiguration) c.EmailMfaEnabled = true;
  else if (mfa) c.EmailMfaEnabled = false;
  if (req.SmsMfaConfiguration) {
    c.SmsMfaEnabled = true;
    c.SmsMfaConfiguration = obj(req, 'SmsMfaConfiguration');
  }
  if (req.WebAuthnConfiguration) {
    const w = obj(req, 'WebAuthnConfiguration');
    c.WebAuthn = {
      RelyingPartyId: optStr(w, 'RelyingPartyId'),
      UserVerification: optStr(w, 'UserVerification') === 'required' ? 'required' : 'preferred',
    };
  }
  pool.modifiedAt = ctx.now();
  return mfaConfig(pool);
};

function mfaConfig(pool: PoolState) {
  const c = pool.config;
  return {
    MfaConfiguration: c.MfaConfiguration,
    SoftwareTokenMfaConfiguration: { Enabled: c.SoftwareTokenMfaEnabled },
    ...(c.EmailMfaEnabled ? { EmailMfaConfiguration: {} } : {}),
    ...(c.SmsMfaEnabled ? { SmsMfaConfiguration: c.SmsMfaConfiguration ?? {} } : {}),
    WebAuthnConfiguration: c.WebAuthn,
  };
}

export const getUserPoolMfaConfig: Operation = (ctx, req) => mfaConfig(poolFromReq(ctx, req));

/**
 * UpdateUserPool. Cognito resets what the request leaves out; the emulator does so for the
 * attribute-update settings (as on AWS) and keeps the other omitted fields, which tests rely on.
 */
export const updateUserPool: Operation = (ctx, req) => {
  const pool = poolFromReq(ctx, req);
  const c = pool.config;
  c.UserPoolTier = tier(req, c.UserPoolTier);
  if (req.Policies) {
    const policies = obj(req, 'Policies');
    if (policies.PasswordPolicy)
      pool.config.Policies.PasswordPolicy = passwordPolicy(req, c.UserPoolTier);
    const signIn = obj(policies, 'SignInPolicy');
    const factors = strList(signIn, 'AllowedFirstAuthFactors');
    if (factors) pool.config.Policies.SignInPolicy.AllowedFirstAuthFactors = factors;
  }
  const mfa = optStr(req, 'MfaConfiguration');
  if (mfa) pool.config.MfaConfiguration = mfa as PoolConfig['MfaConfiguration'];
  const verified = strList(req, 'AutoVerifiedAttributes');
  if (verified) pool.config.AutoVerifiedAttributes = verified;
  c.AttributesRequireVerificationBeforeUpdate = attributesRequiringVerification(
    req,
    c.AutoVerifiedAttributes,
  );
  if (req.DeviceConfiguration) {
    const device = obj(req, 'DeviceConfiguration');
    c.DeviceConfiguration = {
      ChallengeRequiredOnNewDevice: device.ChallengeRequiredOnNewDevice === true,
      DeviceOnlyRememberedOnUserPrompt: device.DeviceOnlyRememberedOnUserPrompt === true,
    };
  }
  if (req.AccountRecoverySetting) c.AccountRecoverySetting = req.AccountRecoverySetting;
  const protection = optStr(req, 'DeletionProtection');
  if (protection) c.DeletionProtection = protection;
  pool.modifiedAt = ctx.now();
  return {};
};
