import type { Operation, Req } from '../context.ts';
import { invalidParameter } from '../errors.ts';
import { alnum } from '../ids.ts';
import { obj, optStr, str, strList } from '../input.ts';
import { createPoolKey } from '../jwt.ts';
import { poolFromReq } from '../lookup.ts';
import { DEFAULT_PASSWORD_POLICY } from '../password-policy.ts';
import type { PoolConfig, PoolState } from '../types.ts';

const REGION = /^[a-z]{2}(-[a-z]+)+-\d$/;

function passwordPolicy(req: Req) {
  const given = obj(obj(req, 'Policies'), 'PasswordPolicy');
  return { ...DEFAULT_PASSWORD_POLICY, ...given } as PoolConfig['Policies']['PasswordPolicy'];
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
  const config: PoolConfig = {
    Name: name,
    Policies: {
      PasswordPolicy: passwordPolicy(req),
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
    AutoVerifiedAttributes: strList(req, 'AutoVerifiedAttributes') ?? [],
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
    UserPoolTier: optStr(req, 'UserPoolTier') ?? 'ESSENTIALS',
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
    Policies: c.Policies,
    MfaConfiguration: c.MfaConfiguration,
    UsernameAttributes: c.UsernameAttributes,
    AliasAttributes: c.AliasAttributes,
    AutoVerifiedAttributes: c.AutoVerifiedAttributes,
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
  if (req.SmsMfaConfiguration) c.SmsMfaEnabled = true;
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
    WebAuthnConfiguration: c.WebAuthn,
  };
}

export const getUserPoolMfaConfig: Operation = (ctx, req) => mfaConfig(poolFromReq(ctx, req));

/** UpdateUserPool: the sign-in policy and password policy are what tests change most. */
export const updateUserPool: Operation = (ctx, req) => {
  const pool = poolFromReq(ctx, req);
  if (req.Policies) {
    const policies = obj(req, 'Policies');
    if (policies.PasswordPolicy) pool.config.Policies.PasswordPolicy = passwordPolicy(req);
    const signIn = obj(policies, 'SignInPolicy');
    const factors = strList(signIn, 'AllowedFirstAuthFactors');
    if (factors) pool.config.Policies.SignInPolicy.AllowedFirstAuthFactors = factors;
  }
  const mfa = optStr(req, 'MfaConfiguration');
  if (mfa) pool.config.MfaConfiguration = mfa as PoolConfig['MfaConfiguration'];
  const verified = strList(req, 'AutoVerifiedAttributes');
  if (verified) pool.config.AutoVerifiedAttributes = verified;
  pool.modifiedAt = ctx.now();
  return {};
};
