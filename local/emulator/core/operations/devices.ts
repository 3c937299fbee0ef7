import type { Operation, Req, UserCtx } from '../context.ts';
import { invalidParameter, resourceNotFound } from '../errors.ts';
import { obj, optNum, optStr, str } from '../input.ts';
import { userFromReq } from '../lookup.ts';
import { verifierFromDeviceConfig } from '../srp.ts';
import { authenticate } from '../tokens.ts';
import type { DeviceState, UserState } from '../types.ts';

function device(user: UserState, key: string): DeviceState {
  const found = user.devices[key];
  if (!found) throw resourceNotFound('Device does not exist.');
  return found;
}

/** Cognito's DeviceType: the attributes in the order AWS lists them; last_ip_used when known. */
const deviceType = (d: DeviceState) => ({
  DeviceKey: d.key,
  DeviceAttributes: [
    { Name: 'device_status', Value: d.confirmed ? 'valid' : 'pending' },
    ...(d.name ? [{ Name: 'device_name', Value: d.name }] : []),
    { Name: 'dev:device_remembered_status', Value: d.remembered ? 'remembered' : 'not_remembered' },
    ...(d.lastIp ? [{ Name: 'last_ip_used', Value: d.lastIp }] : []),
  ],
  DeviceCreateDate: d.createdAt / 1000,
  DeviceLastModifiedDate: d.modifiedAt / 1000,
  DeviceLastAuthenticatedDate: d.lastAuthenticatedAt / 1000,
});

export const confirmDevice: Operation = (ctx, req) => {
  const { pool, user } = authenticate(ctx, req.AccessToken);
  const d = device(user, str(req, 'DeviceKey'));
  let verifier: { saltHex: string; verifierHex: string };
  try {
    verifier = verifierFromDeviceConfig(
      obj(req, 'DeviceSecretVerifierConfig') as { Salt: string; PasswordVerifier: string },
    );
  } catch {
    throw invalidParameter('Invalid DeviceSecretVerifierConfig');
  }
  Object.assign(d, verifier, { confirmed: true, modifiedAt: ctx.now() });
  const name = optStr(req, 'DeviceName');
  if (name) d.name = name.slice(0, 1024);
  if (ctx.sourceIp) d.lastIp = ctx.sourceIp;
  const onPrompt = pool.config.DeviceConfiguration?.DeviceOnlyRememberedOnUserPrompt ?? false;
  d.remembered = !onPrompt;
  return { UserConfirmationNecessary: onPrompt };
};

/** ListDevices and AdminListDevices: confirmed devices, oldest first, 60 a page at most. */
function listOf(user: UserState, req: Req) {
  const limit = Math.min(Math.max(optNum(req, 'Limit') ?? 60, 1), 60);
  const all = Object.values(user.devices)
    .filter((d) => d.confirmed)
    .sort((a, b) => a.createdAt - b.createdAt);
  const start = Number(optStr(req, 'PaginationToken') ?? 0) || 0;
  const page = all.slice(start, start + limit);
  return {
    Devices: page.map(deviceType),
    ...(start + limit < all.length ? { PaginationToken: String(start + limit) } : {}),
  };
}

function setRemembered(at: UserCtx, req: Req) {
  const d = device(at.user, str(req, 'DeviceKey'));
  const status = optStr(req, 'DeviceRememberedStatus');
  if (status !== 'remembered' && status !== 'not_remembered') {
    throw invalidParameter('DeviceRememberedStatus must be remembered or not_remembered');
  }
  d.remembered = status === 'remembered';
  d.modifiedAt = at.now();
  return {};
}

function forget(at: UserCtx, req: Req) {
  const key = str(req, 'DeviceKey');
  device(at.user, key);
  delete at.user.devices[key];
  return {};
}

export const listDevices: Operation = (ctx, req) =>
  listOf(authenticate(ctx, req.AccessToken).user, req);

export const getDevice: Operation = (ctx, req) => {
  const { user } = authenticate(ctx, req.AccessToken);
  return { Device: deviceType(device(user, str(req, 'DeviceKey'))) };
};

export const updateDeviceStatus: Operation = (ctx, req) =>
  setRemembered(authenticate(ctx, req.AccessToken), req);

export const forgetDevice: Operation = (ctx, req) =>
  forget(authenticate(ctx, req.AccessToken), req);

export const adminListDevices: Operation = (ctx, req) => listOf(userFromReq(ctx, req).user, req);

export const adminGetDevice: Operation = (ctx, req) => {
  const { user } = userFromReq(ctx, req);
  return { Device: deviceType(device(user, str(req, 'DeviceKey'))) };
};

export const adminUpdateDeviceStatus: Operation = (ctx, req) =>
  setRemembered(userFromReq(ctx, req), req);

export const adminForgetDevice: Operation = (ctx, req) => forget(userFromReq(ctx, req), req);
