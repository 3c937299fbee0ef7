import type { Operation, Req } from '../context.ts';
import { CognitoError, resourceNotFound } from '../errors.ts';
import { optNum, optStr, str } from '../input.ts';
import { poolFromReq, requireUser, userFromReq } from '../lookup.ts';
import type { GroupState, PoolState } from '../types.ts';

function group(pool: PoolState, req: Req): GroupState {
  const found = pool.groups[str(req, 'GroupName')];
  if (!found) throw resourceNotFound('Group not found.');
  return found;
}

const groupType = (poolId: string, g: GroupState) => ({ ...g, UserPoolId: poolId });

export const createGroup: Operation = (ctx, req) => {
  const pool = poolFromReq(ctx, req);
  const name = str(req, 'GroupName');
  if (pool.groups[name])
    throw new CognitoError('GroupExistsException', 'A group with the name already exists.');
  const g: GroupState = {
    GroupName: name,
    Description: optStr(req, 'Description'),
    Precedence: optNum(req, 'Precedence'),
    RoleArn: optStr(req, 'RoleArn'),
    CreationDate: ctx.now() / 1000,
    LastModifiedDate: ctx.now() / 1000,
  };
  pool.groups[name] = g;
  return { Group: groupType(pool.id, g) };
};

export const getGroup: Operation = (ctx, req) => {
  const pool = poolFromReq(ctx, req);
  return { Group: groupType(pool.id, group(pool, req)) };
};

export const listGroups: Operation = (ctx, req) => {
  const pool = poolFromReq(ctx, req);
  return { Groups: Object.values(pool.groups).map((g) => groupType(pool.id, g)) };
};

export const adminAddUserToGroup: Operation = (ctx, req) => {
  const pool = poolFromReq(ctx, req);
  const g = group(pool, req);
  const user = requireUser(pool, str(req, 'Username'));
  if (!user.groups.includes(g.GroupName)) user.groups.push(g.GroupName);
  return {};
};

export const adminRemoveUserFromGroup: Operation = (ctx, req) => {
  const pool = poolFromReq(ctx, req);
  const g = group(pool, req);
  const user = requireUser(pool, str(req, 'Username'));
  user.groups = user.groups.filter((name) => name !== g.GroupName);
  return {};
};

export const adminListGroupsForUser: Operation = (ctx, req) => {
  const { pool, user } = userFromReq(ctx, req);
  return {
    Groups: user.groups.flatMap((name) =>
      pool.groups[name] ? [groupType(pool.id, pool.groups[name])] : [],
    ),
  };
};
