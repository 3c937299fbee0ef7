import type { Ctx, Operation, Req } from '../core/context.ts';
import { CognitoError, invalidParameter } from '../core/errors.ts';
import { uuid } from '../core/ids.ts';
import { identityPoolNotFound } from './errors.ts';
import type { IdentityPoolConfig, IdentityPoolState, IdentityProviderConfig } from './types.ts';
import {
  flag,
  PATTERNS,
  queryLimit,
  required,
  stringList,
  stringMap,
  text,
  validationError,
} from './validate.ts';

const REGION = /^[a-z]{2}(-[a-z]+)+-\d$/;
/** A user pool as Cognito Identity names it: `cognito-idp.<region>.amazonaws.com/<poolId>`. */
const USER_POOL_PROVIDER =
  /^cognito-idp\.([a-z]{2}(?:-[a-z]+)+-\d)\.amazonaws\.com\/([\w-]+_[0-9a-zA-Z]+)$/;
/** A seed script asks for a stable id with this tag, as it does for user pools. */
export const STABLE_ID_TAG = 'cognito-local:identity-pool-id';
const ROLE_KINDS = ['authenticated', 'unauthenticated'];

export const identityPoolsOf = (ctx: Ctx): Record<string, IdentityPoolState> => {
  ctx.state.identityPools ??= {};
  return ctx.state.identityPools;
};

export function getIdentityPool(ctx: Ctx, id: string): IdentityPoolState {
  const pool = identityPoolsOf(ctx)[id];
  if (!pool) throw identityPoolNotFound(id);
  return pool;
}

export const identityPoolFromReq = (ctx: Ctx, req: Req): IdentityPoolState =>
  getIdentityPool(
    ctx,
    required(req, 'IdentityPoolId', 'identityPoolId', {
      pattern: PATTERNS.identityPoolId,
      max: 55,
    }),
  );

/** `{ProviderName, ClientId, ServerSideTokenCheck}` entries, each naming a user pool and client. */
function providers(req: Req): IdentityProviderConfig[] {
  const list = req.CognitoIdentityProviders;
  if (list === undefined || list === null) return [];
  if (!Array.isArray(list)) {
    throw validationError('cognitoIdentityProviders', list, 'Member must be a list');
  }
  const out = list.map((item, i): IdentityProviderConfig => {
    const entry = (item && typeof item === 'object' ? item : {}) as Req;
    const at = `cognitoIdentityProviders.${i + 1}.member`;
    const ProviderName = required(entry, 'ProviderName', `${at}.providerName`, {
      pattern: PATTERNS.providerName,
      max: 128,
    });
    const ClientId = required(entry, 'ClientId', `${at}.clientId`, {
      pattern: PATTERNS.clientId,
      max: 128,
    });
    // The model allows any provider-like name; only user pools are Cognito identity providers.
    if (!USER_POOL_PROVIDER.test(ProviderName)) {
      throw invalidParameter(`Invalid Cognito Identity Provider ProviderName: ${ProviderName}`);
    }
    return {
      ProviderName,
      ClientId,
      ServerSideTokenCheck:
        flag(entry, 'ServerSideTokenCheck', `${at}.serverSideTokenCheck`) ?? false,
    };
  });
  const seen = new Set<string>();
  for (const p of out) {
    const key = `${p.ProviderName} ${p.ClientId}`;
    if (seen.has(key)) {
      throw invalidParameter(`Duplicate provider: ${p.ProviderName} with client ${p.ClientId}`);
    }
    seen.add(key);
  }
  return out;
}

/** The whole configuration: Create and Update both set every field (Update resets what it omits). */
function configFrom(req: Req): IdentityPoolConfig {
  const tags = stringMap(req, 'IdentityPoolTags', 'identityPoolTags');
  const logins = stringMap(req, 'SupportedLoginProviders', 'supportedLoginProviders');
  const developer = text(req, 'DeveloperProviderName', 'developerProviderName', {
    pattern: /^[\w._-]+$/,
    max: 128,
  });
  const oidc = stringList(req, 'OpenIdConnectProviderARNs', 'openIdConnectProviderARNs');
  const saml = stringList(req, 'SamlProviderARNs', 'samlProviderARNs');
  const classic = flag(req, 'AllowClassicFlow', 'allowClassicFlow');
  return {
    IdentityPoolName: required(req, 'IdentityPoolName', 'identityPoolName', {
      pattern: PATTERNS.identityPoolName,
      max: 128,
    }),
    AllowUnauthenticatedIdentities: flag(
      req,
      'AllowUnauthenticatedIdentities',
      'allowUnauthenticatedIdentities',
      true,
    ) as boolean,
    CognitoIdentityProviders: providers(req),
    ...(classic !== undefined && { AllowClassicFlow: classic }),
    ...(logins && { SupportedLoginProviders: logins }),
    ...(developer && { DeveloperProviderName: developer }),
    ...(oidc && { OpenIdConnectProviderARNs: oidc }),
    ...(saml && { SamlProviderARNs: saml }),
    ...(tags && { IdentityPoolTags: tags }),
  };
}

/** The IdentityPool shape; as in AWS's responses (the CLI's examples), unset fields are left out. */
function describe(pool: IdentityPoolState) {
  const c = pool.config;
  return {
    IdentityPoolId: pool.id,
    IdentityPoolName: c.IdentityPoolName,
    AllowUnauthenticatedIdentities: c.AllowUnauthenticatedIdentities,
    ...(c.AllowClassicFlow !== undefined && { AllowClassicFlow: c.AllowClassicFlow }),
    ...(c.CognitoIdentityProviders.length && {
      CognitoIdentityProviders: c.CognitoIdentityProviders,
    }),
    ...(c.SupportedLoginProviders && { SupportedLoginProviders: c.SupportedLoginProviders }),
    ...(c.DeveloperProviderName && { DeveloperProviderName: c.DeveloperProviderName }),
    ...(c.OpenIdConnectProviderARNs && { OpenIdConnectProviderARNs: c.OpenIdConnectProviderARNs }),
    ...(c.SamlProviderARNs && { SamlProviderARNs: c.SamlProviderARNs }),
    ...(c.IdentityPoolTags && { IdentityPoolTags: c.IdentityPoolTags }),
  };
}

export const createIdentityPool: Operation = (ctx, req) => {
  const config = configFrom(req);
  if (!REGION.test(ctx.region)) throw invalidParameter('Invalid region');
  const wanted = config.IdentityPoolTags?.[STABLE_ID_TAG];
  const id = wanted ?? `${ctx.region}:${uuid()}`;
  if (!PATTERNS.identityPoolId.test(id) || !id.startsWith(`${ctx.region}:`)) {
    throw invalidParameter(`${STABLE_ID_TAG} must look like REGION:GUID in the caller's region`);
  }
  const pools = identityPoolsOf(ctx);
  if (pools[id]) {
    throw new CognitoError('ResourceConflictException', `IdentityPool '${id}' already exists.`);
  }
  const pool: IdentityPoolState = {
    id,
    region: ctx.region,
    createdAt: ctx.now(),
    modifiedAt: ctx.now(),
    config,
    roles: {},
    identities: {},
  };
  pools[id] = pool;
  return describe(pool);
};

export const describeIdentityPool: Operation = (ctx, req) =>
  describe(identityPoolFromReq(ctx, req));

export const updateIdentityPool: Operation = (ctx, req) => {
  const pool = identityPoolFromReq(ctx, req);
  const config = configFrom(req);
  // "Once you have set a developer provider name, you cannot change it."
  const developer = pool.config.DeveloperProviderName;
  if (developer && config.DeveloperProviderName && config.DeveloperProviderName !== developer) {
    throw invalidParameter('DeveloperProviderName cannot be changed once set.');
  }
  pool.config = {
    ...config,
    ...(developer && { DeveloperProviderName: developer }),
    // Tags have their own operations; UpdateIdentityPool keeps them unless it sends new ones.
    ...((config.IdentityPoolTags ?? pool.config.IdentityPoolTags) && {
      IdentityPoolTags: config.IdentityPoolTags ?? pool.config.IdentityPoolTags,
    }),
  };
  pool.modifiedAt = ctx.now();
  return describe(pool);
};

export const listIdentityPools: Operation = (ctx, req) => {
  const max = queryLimit(req);
  const next = text(req, 'NextToken', 'nextToken');
  const all = Object.values(identityPoolsOf(ctx)).sort((a, b) => a.createdAt - b.createdAt);
  const start = next ? Number.parseInt(Buffer.from(next, 'base64url').toString(), 10) : 0;
  if (!Number.isInteger(start) || start < 0) throw invalidParameter('Invalid NextToken');
  const page = all.slice(start, start + max);
  const more = start + max < all.length;
  return {
    IdentityPools: page.map((p) => ({
      IdentityPoolId: p.id,
      IdentityPoolName: p.config.IdentityPoolName,
    })),
    ...(more && { NextToken: Buffer.from(String(start + max)).toString('base64url') }),
  };
};

export const deleteIdentityPool: Operation = (ctx, req) => {
  const pool = identityPoolFromReq(ctx, req);
  delete identityPoolsOf(ctx)[pool.id];
  return {};
};

/** The roles an identity assumes: `authenticated` and/or `unauthenticated`, as IAM role ARNs. */
export const setIdentityPoolRoles: Operation = (ctx, req) => {
  const pool = identityPoolFromReq(ctx, req);
  const roles = stringMap(req, 'Roles', 'roles');
  if (!roles) throw validationError('roles', undefined, 'Member must not be null');
  for (const [kind, arn] of Object.entries(roles)) {
    if (!ROLE_KINDS.includes(kind)) {
      throw invalidParameter(
        `Invalid role type: ${kind}. Valid types are authenticated and unauthenticated.`,
      );
    }
    if (arn.length < 20 || arn.length > 2048 || !/^arn:aws[\w-]*:iam::\d{12}:role\/.+/.test(arn)) {
      throw invalidParameter(`Invalid role ARN: ${arn}`);
    }
  }
  const mappings = req.RoleMappings;
  if (
    mappings !== undefined &&
    mappings !== null &&
    (typeof mappings !== 'object' || Array.isArray(mappings))
  ) {
    throw validationError('roleMappings', mappings, 'Member must be a map');
  }
  pool.roles = { ...roles };
  if (mappings) pool.roleMappings = mappings as Record<string, unknown>;
  else delete pool.roleMappings;
  pool.modifiedAt = ctx.now();
  return {};
};

export const getIdentityPoolRoles: Operation = (ctx, req) => {
  const pool = identityPoolFromReq(ctx, req);
  return {
    IdentityPoolId: pool.id,
    Roles: pool.roles,
    ...(pool.roleMappings && { RoleMappings: pool.roleMappings }),
  };
};
