import { type Ctx, type Operation, type Req, seconds } from '../core/context.ts';
import { uuid } from '../core/ids.ts';
import { createPoolKey, signJwt } from '../core/jwt.ts';
import { issueCredentials } from './credentials.ts';
import {
  identityNotFound,
  loginLinkedElsewhere,
  loginsDoNotMatch,
  missingRole,
  unauthenticatedNotSupported,
} from './errors.ts';
import { identityPoolFromReq, identityPoolsOf } from './identity-pools.ts';
import { type VerifiedLogin, verifyLogins } from './logins.ts';
import type { IdentityPoolState, IdentityState } from './types.ts';
import { PATTERNS, queryLimit, required, stringMap, text, validationError } from './validate.ts';

/** The `Logins` map: at most 10 providers (LoginsMap). */
function loginsOf(req: Req): Record<string, string> | undefined {
  const logins = stringMap(req, 'Logins', 'logins');
  if (logins && Object.keys(logins).length > 10) {
    throw validationError('logins', '{…}', 'Member must have length less than or equal to 10');
  }
  return logins;
}

/** The identity a login is linked to in this pool, if any. */
const linkedTo = (pool: IdentityPoolState, login: VerifiedLogin): IdentityState | undefined =>
  Object.values(pool.identities).find((i) => i.logins[login.provider] === login.subject);

/**
 * Links verified logins to `identity`. A login linked to another identity is a conflict; a
 * second user of a provider the identity already has a user for does not match it.
 */
function link(ctx: Ctx, pool: IdentityPoolState, identity: IdentityState, logins: VerifiedLogin[]) {
  for (const login of logins) {
    const owner = linkedTo(pool, login);
    if (owner && owner.id !== identity.id) throw loginLinkedElsewhere();
    const current = identity.logins[login.provider];
    if (current !== undefined && current !== login.subject) throw loginsDoNotMatch();
  }
  let changed = false;
  for (const login of logins) {
    if (identity.logins[login.provider] === undefined) {
      identity.logins[login.provider] = login.subject;
      changed = true;
    }
  }
  if (changed) identity.modifiedAt = ctx.now();
}

function newIdentity(ctx: Ctx, pool: IdentityPoolState): IdentityState {
  const identity: IdentityState = {
    id: `${pool.region}:${uuid()}`,
    logins: {},
    createdAt: ctx.now(),
    modifiedAt: ctx.now(),
  };
  pool.identities[identity.id] = identity;
  return identity;
}

/** The identity an IdentityId names, in whichever identity pool holds it. */
function findIdentity(ctx: Ctx, id: string): { pool: IdentityPoolState; identity: IdentityState } {
  for (const pool of Object.values(identityPoolsOf(ctx))) {
    const identity = pool.identities[id];
    if (identity) return { pool, identity };
  }
  throw identityNotFound(id);
}

const identityIdFromReq = (req: Req): string =>
  required(req, 'IdentityId', 'identityId', { pattern: PATTERNS.identityPoolId, max: 55 });

/**
 * GetId: the identity of the user the logins prove (one per user: the same `sub` always gets
 * the same IdentityId), or a new guest identity when there are no logins and the pool allows it.
 */
export const getId: Operation = (ctx, req) => {
  const pool = identityPoolFromReq(ctx, req);
  text(req, 'AccountId', 'accountId', { pattern: /^\d+$/, max: 15 });
  const logins = verifyLogins(ctx, pool, loginsOf(req), false);
  if (!logins.length) {
    if (!pool.config.AllowUnauthenticatedIdentities) throw unauthenticatedNotSupported();
    return { IdentityId: newIdentity(ctx, pool).id };
  }
  const owners = new Set(logins.map((l) => linkedTo(pool, l)).filter((i) => i !== undefined));
  if (owners.size > 1) throw loginLinkedElsewhere();
  const identity = [...owners][0] ?? newIdentity(ctx, pool);
  link(ctx, pool, identity, logins);
  return { IdentityId: identity.id };
};

/**
 * The identity a credentials or token request may act as: its own logins must come along (an
 * authenticated identity never serves a caller without them), new ones are linked to it.
 */
function authorize(ctx: Ctx, req: Req) {
  const { pool, identity } = findIdentity(ctx, identityIdFromReq(req));
  const logins = verifyLogins(ctx, pool, loginsOf(req), true);
  if (!logins.length) {
    if (Object.keys(identity.logins).length) throw loginsDoNotMatch();
    if (!pool.config.AllowUnauthenticatedIdentities) throw unauthenticatedNotSupported();
  } else {
    link(ctx, pool, identity, logins);
  }
  return { pool, identity, authenticated: logins.length > 0 };
}

/** GetCredentialsForIdentity: an hour of credentials for the pool's authenticated or guest role. */
export const getCredentialsForIdentity: Operation = (ctx, req) => {
  // Accepted and unused: only role-mapping rules may pick a custom role, and none are evaluated.
  text(req, 'CustomRoleArn', 'customRoleArn', { max: 2048 });
  const { pool, identity, authenticated } = authorize(ctx, req);
  const roleArn = pool.roles[authenticated ? 'authenticated' : 'unauthenticated'];
  if (!roleArn) throw missingRole();
  const issued = issueCredentials(ctx, {
    identityId: identity.id,
    identityPoolId: pool.id,
    roleArn,
    authenticated,
  });
  return {
    IdentityId: identity.id,
    Credentials: {
      AccessKeyId: issued.accessKeyId,
      SecretKey: issued.secretAccessKey,
      SessionToken: issued.sessionToken,
      // JSON 1.1 timestamps travel as epoch seconds.
      Expiration: issued.expiresAt / 1000,
    },
  };
};

/** OpenID tokens from GetOpenIdToken are valid for 10 minutes. */
const OPEN_ID_TOKEN_SECONDS = 600;

/**
 * GetOpenIdToken: the token STS's AssumeRoleWithWebIdentity takes, issued by
 * `https://cognito-identity.amazonaws.com` for the identity (`sub`) and its pool (`aud`), with
 * `amr` naming how it signed in.
 */
export const getOpenIdToken: Operation = (ctx, req) => {
  const { pool, identity, authenticated } = authorize(ctx, req);
  ctx.state.identitySigningKey ??= (ctx.options.createPoolKey ?? createPoolKey)();
  const iat = seconds(ctx);
  const amr = authenticated
    ? [
        'authenticated',
        ...Object.entries(identity.logins).flatMap(([provider, subject]) => [
          provider,
          `${provider}:CognitoSignIn:${subject}`,
        ]),
      ]
    : ['unauthenticated'];
  const Token = signJwt(ctx.state.identitySigningKey, {
    sub: identity.id,
    aud: pool.id,
    amr,
    iss: 'https://cognito-identity.amazonaws.com',
    iat,
    exp: iat + OPEN_ID_TOKEN_SECONDS,
  });
  return { IdentityId: identity.id, Token };
};

function describeIdentity(identity: IdentityState) {
  return {
    IdentityId: identity.id,
    Logins: Object.keys(identity.logins),
    CreationDate: identity.createdAt / 1000,
    LastModifiedDate: identity.modifiedAt / 1000,
  };
}

export const describeIdentityOperation: Operation = (ctx, req) =>
  describeIdentity(findIdentity(ctx, identityIdFromReq(req)).identity);

export const listIdentities: Operation = (ctx, req) => {
  const pool = identityPoolFromReq(ctx, req);
  const max = queryLimit(req);
  const next = text(req, 'NextToken', 'nextToken');
  const all = Object.values(pool.identities).sort((a, b) => a.createdAt - b.createdAt);
  const start = next ? Number.parseInt(Buffer.from(next, 'base64url').toString(), 10) : 0;
  const from = Number.isInteger(start) && start >= 0 ? start : 0;
  const more = from + max < all.length;
  return {
    IdentityPoolId: pool.id,
    Identities: all.slice(from, from + max).map(describeIdentity),
    ...(more && { NextToken: Buffer.from(String(from + max)).toString('base64url') }),
  };
};

/** DeleteIdentities: 1-60 ids; an unknown one comes back unprocessed (ResourceNotFound). */
export const deleteIdentities: Operation = (ctx, req) => {
  const ids = req.IdentityIdsToDelete;
  if (!Array.isArray(ids)) required(req, 'IdentityIdsToDelete', 'identityIdsToDelete');
  if (!Array.isArray(ids) || ids.length < 1 || ids.length > 60) {
    throw validationError(
      'identityIdsToDelete',
      ids,
      'Member must have length less than or equal to 60 and greater than or equal to 1',
    );
  }
  const unprocessed: { IdentityId: string; ErrorCode: string }[] = [];
  for (const id of ids) {
    const pool = Object.values(identityPoolsOf(ctx)).find((p) => p.identities[String(id)]);
    if (pool) delete pool.identities[String(id)];
    else unprocessed.push({ IdentityId: String(id), ErrorCode: 'ResourceNotFound' });
  }
  return { UnprocessedIdentityIds: unprocessed };
};
