import type { ClientCtx, Ctx, Req, UserCtx } from './context.ts';
import { CognitoError, resourceNotFound, userNotFound } from './errors.ts';
import { str } from './input.ts';
import type { ClientConfig, PoolState, UserState } from './types.ts';

export function getPool(ctx: Ctx, poolId: string): PoolState {
  const pool = ctx.state.pools[poolId];
  if (!pool) throw resourceNotFound(`User pool ${poolId} does not exist.`);
  return pool;
}

export const poolFromReq = (ctx: Ctx, req: Req): PoolState => getPool(ctx, str(req, 'UserPoolId'));

/** An admin call about one user: the pool and user its `UserPoolId` and `Username` name. */
export function userFromReq(ctx: Ctx, req: Req): UserCtx {
  const pool = poolFromReq(ctx, req);
  return { ...ctx, pool, user: requireUser(pool, str(req, 'Username')) };
}

/** A user operation names only the client; the client names its pool. */
export function getClient(ctx: Ctx, clientId: string): ClientCtx {
  for (const pool of Object.values(ctx.state.pools)) {
    const client = pool.clients[clientId];
    if (client) return { ...ctx, pool, client };
  }
  throw resourceNotFound(`User pool client ${clientId} does not exist.`);
}

const fold = (pool: PoolState, name: string): string =>
  pool.config.UsernameCaseSensitive ? name : name.toLowerCase();

/** Finds a user by username, by a username attribute (email/phone) or by a verified alias. */
export function findUser(pool: PoolState, name: string): UserState | undefined {
  const key = fold(pool, name);
  const direct = Object.values(pool.users).find((u) => fold(pool, u.username) === key);
  if (direct) return direct;
  const byAttribute = (attr: string, mustBeVerified: boolean) =>
    Object.values(pool.users).find(
      (u) =>
        u.attributes[attr] !== undefined &&
        u.attributes[attr]?.toLowerCase() === name.toLowerCase() &&
        (!mustBeVerified || u.attributes[`${attr}_verified`] === 'true'),
    );
  for (const attr of pool.config.UsernameAttributes) {
    const user = byAttribute(attr, false);
    if (user) return user;
  }
  for (const attr of pool.config.AliasAttributes) {
    const user = byAttribute(attr, attr !== 'preferred_username');
    if (user) return user;
  }
  return Object.values(pool.users).find((u) => u.sub === name);
}

export function requireUser(pool: PoolState, name: string): UserState {
  const user = findUser(pool, name);
  if (!user) throw userNotFound();
  return user;
}

export const preventsExistenceErrors = (client: ClientConfig): boolean =>
  client.PreventUserExistenceErrors === 'ENABLED';

export function assertFlowAllowed(client: ClientConfig, flow: string): void {
  if (!client.ExplicitAuthFlows.includes(`ALLOW_${flow}`)) {
    throw new CognitoError('InvalidParameterException', `${flow} flow not enabled for this client`);
  }
}

/** Cognito shows where a code went without revealing it: `a***@e***`, `+*******1234`. */
export function maskDestination(destination: string): string {
  const at = destination.indexOf('@');
  if (at > 0) {
    const domain = destination.slice(at + 1);
    return `${destination[0]}***@${domain[0] ?? ''}***`;
  }
  return `+*******${destination.slice(-4)}`;
}
