import { AdminSetUserMFAPreferenceCommand } from '@aws-sdk/client-cognito-identity-provider';
import type { CognitoUser } from 'amazon-cognito-identity-js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { totpAt, totpStep } from '../../local/emulator/core/totp.ts';
import {
  authenticate,
  expectKind,
  identityClient,
  libError,
  onSuccess,
  sendMfaCode,
} from './support/identity-js-helpers.ts';
import {
  closePools,
  codeFor,
  createConfirmedUser,
  currentTotp,
  midStep,
  PASSWORD,
  setUpTotp,
  startPools,
  uniqueEmail,
} from './support/sdk-helpers.ts';
import type { TestPool } from './support/stack.ts';

let mfaOptional: TestPool;
let mfaRequired: TestPool;
let devicesOnPrompt: TestPool;
let devicesAlways: TestPool;
beforeAll(async () => {
  [mfaOptional, mfaRequired, devicesOnPrompt, devicesAlways] = await startPools(
    [
      {
        MfaConfiguration: 'OPTIONAL',
        SmsConfiguration: {
          SnsCallerArn: 'arn:aws:iam::000000000000:role/cognito-sms',
          ExternalId: 'local',
        },
      },
    ],
    [{ MfaConfiguration: 'ON' }],
    [
      {
        MfaConfiguration: 'OPTIONAL',
        DeviceConfiguration: {
          ChallengeRequiredOnNewDevice: true,
          DeviceOnlyRememberedOnUserPrompt: true,
        },
      },
    ],
    [
      {
        MfaConfiguration: 'OPTIONAL',
        DeviceConfiguration: {
          ChallengeRequiredOnNewDevice: true,
          DeviceOnlyRememberedOnUserPrompt: false,
        },
      },
    ],
  );
});
afterAll(async () => {
  await closePools(mfaOptional, mfaRequired, devicesOnPrompt, devicesAlways);
});

interface ListedDevice {
  DeviceKey: string;
  DeviceAttributes: { Name: string; Value: string }[];
  DeviceCreateDate: number;
  DeviceLastAuthenticatedDate: number;
}
const listDevices = (user: CognitoUser) =>
  onSuccess<{ Devices: ListedDevice[] }>((cb) => user.listDevices(60, null, cb));
const attributesOf = (d: ListedDevice) =>
  Object.fromEntries(d.DeviceAttributes.map((a) => [a.Name, a.Value]));

describe('MFA with amazon-cognito-identity-js', () => {
  it('totpRequired → sendMFACode(code, cb, "SOFTWARE_TOKEN_MFA")', async () => {
    const t = mfaOptional;
    const email = uniqueEmail('ij-totp');
    const username = await createConfirmedUser(t, email);
    const { secret } = await setUpTotp(t, email, { prefer: true });
    const user = identityClient(t).user(email);

    const challenge = expectKind(await authenticate(user, email, PASSWORD), 'totpRequired');
    expect(challenge.challengeName).toBe('SOFTWARE_TOKEN_MFA');
    const step = totpStep(t.server.emulator.now());
    const wrong = await libError(sendMfaCode(user, totpAt(secret, step + 3), 'SOFTWARE_TOKEN_MFA'));
    expect(wrong).toMatchObject({
      code: 'CodeMismatchException',
      message: 'Invalid code or auth state for the user.',
    });
    const done = expectKind(
      await sendMfaCode(user, totpAt(secret, step), 'SOFTWARE_TOKEN_MFA'),
      'success',
    );
    expect(done.session.isValid()).toBe(true);
    expect(done.session.getAccessToken().payload.username).toBe(username);
  });

  it('mfaSetup → associateSoftwareToken / verifySoftwareToken (pool MFA ON)', async () => {
    const t = mfaRequired;
    const email = uniqueEmail('ij-setup');
    const username = await createConfirmedUser(t, email);
    const user = identityClient(t).user(email);
    const setup = expectKind(await authenticate(user, email, PASSWORD), 'mfaSetup');
    expect(setup.challengeName).toBe('MFA_SETUP');
    expect(JSON.parse(setup.parameters.MFAS_CAN_SETUP ?? '[]')).toEqual(['SOFTWARE_TOKEN_MFA']);

    const secret = await new Promise<string>((resolve, reject) =>
      user.associateSoftwareToken({ associateSecretCode: resolve, onFailure: reject }),
    );
    expect(secret).toMatch(/^[A-Z2-7]{32}$/);
    const step = midStep(t.server.emulator);
    const wrong = await libError(
      onSuccess((cb) => user.verifySoftwareToken(totpAt(secret, step + 2), 'phone', cb)),
    );
    expect(wrong).toMatchObject({
      code: 'EnableSoftwareTokenMFAException',
      message: 'Code mismatch and fail enable Software Token MFA mfa',
    });
    // A failed verification leaves the session usable for another try.
    const session = await onSuccess<import('amazon-cognito-identity-js').CognitoUserSession>((cb) =>
      user.verifySoftwareToken(totpAt(secret, step), 'phone', cb),
    );
    expect(session.isValid()).toBe(true);
    expect(session.getIdToken().payload['cognito:username']).toBe(username);

    // From now on sign-in asks for the code.
    const next = identityClient(t).user(email);
    expectKind(await authenticate(next, email, PASSWORD), 'totpRequired');
    t.server.emulator.advanceClock(30);
    expectKind(
      await sendMfaCode(next, currentTotp(t.server.emulator, secret), 'SOFTWARE_TOKEN_MFA'),
      'success',
    );
  });

  it('mfaRequired (SMS_MFA) and selectMFAType → sendMFASelectionAnswer', async () => {
    const t = mfaOptional;
    const email = uniqueEmail('ij-sms');
    await createConfirmedUser(t, email, {
      phone_number: '+15555550142',
      phone_number_verified: 'true',
    });
    await t.sdk.send(
      new AdminSetUserMFAPreferenceCommand({
        UserPoolId: t.poolId,
        Username: email,
        SMSMfaSettings: { Enabled: true, PreferredMfa: true },
      }),
    );
    const user = identityClient(t).user(email);
    const sms = expectKind(await authenticate(user, email, PASSWORD), 'mfaRequired');
    expect(sms.challengeName).toBe('SMS_MFA');
    expect(sms.parameters).toMatchObject({
      CODE_DELIVERY_DELIVERY_MEDIUM: 'SMS',
      CODE_DELIVERY_DESTINATION: '+*******0142',
    });
    const done = expectKind(
      await sendMfaCode(user, codeFor(t.server.emulator, email, 'MFA_SMS_MFA'), 'SMS_MFA'),
      'success',
    );
    expect(done.session.getIdToken().payload.phone_number_verified).toBe(true);

    // Add TOTP without a preference: both are enabled, so the user picks.
    const { secret } = await setUpTotp(t, email, {
      accessToken: done.session.getAccessToken().getJwtToken(),
    });
    await t.sdk.send(
      new AdminSetUserMFAPreferenceCommand({
        UserPoolId: t.poolId,
        Username: email,
        SMSMfaSettings: { Enabled: true, PreferredMfa: false },
        SoftwareTokenMfaSettings: { Enabled: true, PreferredMfa: false },
      }),
    );
    const choosing = identityClient(t).user(email);
    const select = expectKind(await authenticate(choosing, email, PASSWORD), 'selectMFAType');
    expect(select.challengeName).toBe('SELECT_MFA_TYPE');
    expect(JSON.parse(select.parameters.MFAS_CAN_CHOOSE ?? '[]').sort()).toEqual([
      'SMS_MFA',
      'SOFTWARE_TOKEN_MFA',
    ]);
    const totp = await new Promise<{ kind: string; challengeName: string }>((resolve, reject) =>
      choosing.sendMFASelectionAnswer('SOFTWARE_TOKEN_MFA', {
        onSuccess: () => reject(new Error('no tokens expected yet')),
        onFailure: reject,
        totpRequired: (challengeName) => resolve({ kind: 'totpRequired', challengeName }),
        mfaRequired: (challengeName) => resolve({ kind: 'mfaRequired', challengeName }),
      }),
    );
    expect(totp).toEqual({ kind: 'totpRequired', challengeName: 'SOFTWARE_TOKEN_MFA' });
    expectKind(
      await sendMfaCode(choosing, currentTotp(t.server.emulator, secret), 'SOFTWARE_TOKEN_MFA'),
      'success',
    );
  });
});

describe('device tracking with amazon-cognito-identity-js', () => {
  it('confirms the device itself, remembers it on request, then signs in by device SRP without TOTP', async () => {
    const t = devicesOnPrompt;
    const email = uniqueEmail('ij-device');
    const username = await createConfirmedUser(t, email);
    const { secret } = await setUpTotp(t, email, { prefer: true });
    const client = identityClient(t);
    const user = client.user(email);

    expectKind(await authenticate(user, email, PASSWORD), 'totpRequired');
    const first = expectKind(
      await sendMfaCode(user, currentTotp(t.server.emulator, secret), 'SOFTWARE_TOKEN_MFA'),
      'success',
    );
    // ConfirmDevice answered UserConfirmationNecessary (DeviceOnlyRememberedOnUserPrompt).
    expect(first.userConfirmationNecessary).toBe(true);
    const keyPrefix = `CognitoIdentityServiceProvider.${t.clientId}.${username}`;
    const deviceKey = client.storage.getItem(`${keyPrefix}.deviceKey`) as string;
    expect(deviceKey).toMatch(/^us-east-1_[0-9a-f-]{36}$/);
    expect(client.storage.getItem(`${keyPrefix}.deviceGroupKey`)).toBeTypeOf('string');
    expect(client.storage.getItem(`${keyPrefix}.randomPasswordKey`)).toBeTypeOf('string');

    let listed = await listDevices(user);
    expect(listed.Devices).toHaveLength(1);
    expect(listed.Devices[0]?.DeviceKey).toBe(deviceKey);
    expect(attributesOf(listed.Devices[0] as ListedDevice)).toMatchObject({
      device_name: 'nodejs',
      device_status: 'valid',
      'dev:device_remembered_status': 'not_remembered',
    });
    expect(typeof listed.Devices[0]?.DeviceCreateDate).toBe('number');

    await onSuccess((cb) => user.setDeviceStatusRemembered(cb));
    const got = (await onSuccess((cb) => user.getDevice(cb))) as unknown as {
      Device: ListedDevice;
    };
    expect(got.Device.DeviceKey).toBe(deviceKey);
    expect(attributesOf(got.Device)['dev:device_remembered_status']).toBe('remembered');
    listed = await listDevices(user);
    expect(attributesOf(listed.Devices[0] as ListedDevice)['dev:device_remembered_status']).toBe(
      'remembered',
    );

    // Same user object and storage: PASSWORD_VERIFIER → DEVICE_SRP_AUTH → DEVICE_PASSWORD_VERIFIER, no TOTP.
    const second = expectKind(await authenticate(user, email, PASSWORD), 'success');
    expect(second.session.getAccessToken().payload.device_key).toBe(deviceKey);
    expect(second.session.getAccessToken().payload.username).toBe(username);

    // Refreshing keeps the device key.
    const refreshed = await new Promise<import('amazon-cognito-identity-js').CognitoUserSession>(
      (resolve, reject) =>
        user.refreshSession(second.session.getRefreshToken(), (err, session) =>
          err ? reject(err) : resolve(session),
        ),
    );
    expect(refreshed.getAccessToken().payload.device_key).toBe(deviceKey);

    // A fresh user object with the same storage finds the device too.
    const again = client.user(email);
    const third = expectKind(await authenticate(again, email, PASSWORD), 'success');
    expect(third.session.getAccessToken().payload.device_key).toBe(deviceKey);

    await onSuccess((cb) => again.forgetDevice(cb));
    expect((await listDevices(again)).Devices).toEqual([]);
    expect(client.storage.getItem(`${keyPrefix}.deviceKey`)).toBeNull();
    // Forgotten: TOTP again, and a new device.
    expectKind(await authenticate(again, email, PASSWORD), 'totpRequired');
    t.server.emulator.advanceClock(30);
    const fourth = expectKind(
      await sendMfaCode(again, currentTotp(t.server.emulator, secret), 'SOFTWARE_TOKEN_MFA'),
      'success',
    );
    expect(fourth.userConfirmationNecessary).toBe(true);
    expect(client.storage.getItem(`${keyPrefix}.deviceKey`)).not.toBe(deviceKey);
  });

  it('a confirmed but not remembered device: TOTP first, then device SRP', async () => {
    const t = devicesOnPrompt;
    const email = uniqueEmail('ij-unremembered');
    const username = await createConfirmedUser(t, email);
    const { secret } = await setUpTotp(t, email, { prefer: true });
    const client = identityClient(t);
    const user = client.user(email);
    expectKind(await authenticate(user, email, PASSWORD), 'totpRequired');
    expectKind(
      await sendMfaCode(user, currentTotp(t.server.emulator, secret), 'SOFTWARE_TOKEN_MFA'),
      'success',
    );
    const deviceKey = client.storage.getItem(
      `CognitoIdentityServiceProvider.${t.clientId}.${username}.deviceKey`,
    );

    expectKind(await authenticate(user, email, PASSWORD), 'totpRequired');
    t.server.emulator.advanceClock(30);
    const done = expectKind(
      await sendMfaCode(user, currentTotp(t.server.emulator, secret), 'SOFTWARE_TOKEN_MFA'),
      'success',
    );
    expect(done.session.getAccessToken().payload.device_key).toBe(deviceKey);
    expect((await listDevices(user)).Devices).toHaveLength(1);
  });

  it('DeviceOnlyRememberedOnUserPrompt false: remembered on confirmation, MFA skipped next time', async () => {
    const t = devicesAlways;
    const email = uniqueEmail('ij-always');
    await createConfirmedUser(t, email);
    const { secret } = await setUpTotp(t, email, { prefer: true });
    const user = identityClient(t).user(email);
    expectKind(await authenticate(user, email, PASSWORD), 'totpRequired');
    const first = expectKind(
      await sendMfaCode(user, currentTotp(t.server.emulator, secret), 'SOFTWARE_TOKEN_MFA'),
      'success',
    );
    expect(first.userConfirmationNecessary).toBeUndefined();
    const listed = await listDevices(user);
    expect(attributesOf(listed.Devices[0] as ListedDevice)['dev:device_remembered_status']).toBe(
      'remembered',
    );
    const second = expectKind(await authenticate(user, email, PASSWORD), 'success');
    expect(second.session.getAccessToken().payload.device_key).toBe(listed.Devices[0]?.DeviceKey);
  });

  it('an unknown device key: "Device does not exist." makes the library forget it and retry', async () => {
    const t = devicesAlways;
    const email = uniqueEmail('ij-stale');
    const username = await createConfirmedUser(t, email);
    const client = identityClient(t);
    const prefix = `CognitoIdentityServiceProvider.${t.clientId}.${username}`;
    client.storage.setItem(`${prefix}.deviceKey`, 'us-east-1_00000000-0000-0000-0000-000000000000');
    client.storage.setItem(`${prefix}.deviceGroupKey`, '-stale');
    client.storage.setItem(`${prefix}.randomPasswordKey`, 'stale');
    const user = client.user(email);
    const done = expectKind(await authenticate(user, email, PASSWORD), 'success');
    expect(done.session.isValid()).toBe(true);
    // It got (and confirmed) a new device instead.
    const fresh = client.storage.getItem(`${prefix}.deviceKey`);
    expect(fresh).not.toBe('us-east-1_00000000-0000-0000-0000-000000000000');
    expect((await listDevices(user)).Devices.map((d) => d.DeviceKey)).toEqual([fresh]);
  });
});
