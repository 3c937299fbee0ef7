import {
  AdminSetUserMFAPreferenceCommand,
  ForgetDeviceCommand,
} from '@aws-sdk/client-cognito-identity-provider';
import {
  confirmSignIn,
  fetchAuthSession,
  fetchDevices,
  forgetDevice,
  rememberDevice,
  type SignInOutput,
  signIn,
  signOut,
} from 'aws-amplify/auth';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  type AmplifyPool,
  claimsOf,
  expectError,
  PASSWORD,
  provideNavigator,
  seedUser,
  setPoolMfa,
  sharedPool,
  signOutAfterEach,
  uniqueEmail,
} from './support/amplify.ts';

signOutAfterEach();
beforeAll(() => provideNavigator());

const PASSWORD_AUTH = { authFlowType: 'USER_PASSWORD_AUTH' } as const;
const DONE = { isSignedIn: true, nextStep: { signInStep: 'DONE' } };

/** Email MFA is required for this user, so a trusted device is visible as a skipped challenge. */
async function userWithEmailMfa(t: AmplifyPool): Promise<{ email: string; username: string }> {
  const email = uniqueEmail('device');
  const username = await seedUser(t, email);
  await t.sdk.send(
    new AdminSetUserMFAPreferenceCommand({
      UserPoolId: t.poolId,
      Username: email,
      EmailMfaSettings: { Enabled: true, PreferredMfa: true },
    }),
  );
  return { email, username };
}

async function signInWithMfa(t: AmplifyPool, email: string, result: SignInOutput): Promise<void> {
  expect(result.nextStep.signInStep).toBe('CONFIRM_SIGN_IN_WITH_EMAIL_CODE');
  expect(await confirmSignIn({ challengeResponse: t.lastCode(email) })).toEqual(DONE);
}

describe('Amplify device tracking (remembered only on user prompt)', () => {
  const pool = sharedPool(
    {
      MfaConfiguration: 'OPTIONAL',
      DeviceConfiguration: {
        ChallengeRequiredOnNewDevice: true,
        DeviceOnlyRememberedOnUserPrompt: true,
      },
    },
    {},
    (t) => setPoolMfa(t, 'OPTIONAL', { email: true }),
  );

  it('confirms a new device, remembers it, skips MFA on it (DEVICE_SRP_AUTH), forgets it', async () => {
    const t = pool();
    const { email, username } = await userWithEmailMfa(t);

    // First sign-in: MFA, then Amplify confirms the new device (ConfirmDevice) and keeps its key.
    await signInWithMfa(
      t,
      email,
      await signIn({ username: email, password: PASSWORD, options: PASSWORD_AUTH }),
    );
    const deviceKey = t.storage.find('deviceKey');
    expect(deviceKey).toMatch(/^us-east-1_[0-9a-f-]{36}$/);
    expect(t.storage.find('deviceGroupKey')).toEqual(expect.any(String));
    expect(t.storage.find('randomPasswordKey')).toEqual(expect.any(String));
    let devices = await fetchDevices();
    expect(devices).toHaveLength(1);
    expect(devices[0]).toMatchObject({
      id: deviceKey,
      attributes: { device_status: 'valid', 'dev:device_remembered_status': 'not_remembered' },
      createDate: expect.any(Date),
      lastAuthenticatedDate: expect.any(Date),
    });
    await signOut();

    // A confirmed but not remembered device proves itself with device SRP, and MFA is still asked.
    // (SRP: Amplify finds its device key under USER_ID_FOR_SRP, the Cognito username the MFA step used.)
    const again = await signIn({ username: email, password: PASSWORD });
    await signInWithMfa(t, email, again);
    expect(t.storage.find('deviceKey')).toBe(deviceKey);

    await rememberDevice();
    devices = await fetchDevices();
    expect(devices.map((d) => [d.id, d.attributes['dev:device_remembered_status']])).toEqual([
      [deviceKey, 'remembered'],
    ]);
    await signOut();

    // Remembered: PASSWORD_VERIFIER → DEVICE_SRP_AUTH → DEVICE_PASSWORD_VERIFIER → tokens, no MFA (SRP flow).
    t.calls.length = 0;
    expect(await signIn({ username: email, password: PASSWORD })).toEqual(DONE);
    expect(t.calls.filter((c) => c.op !== 'GetUser')).toEqual([
      { op: 'InitiateAuth', detail: 'USER_SRP_AUTH' },
      { op: 'RespondToAuthChallenge', detail: 'PASSWORD_VERIFIER' },
      { op: 'RespondToAuthChallenge', detail: 'DEVICE_SRP_AUTH' },
      { op: 'RespondToAuthChallenge', detail: 'DEVICE_PASSWORD_VERIFIER' },
    ]);
    const { tokens } = await fetchAuthSession();
    expect(claimsOf(tokens?.accessToken)).toMatchObject({ username, device_key: deviceKey });
    // Refreshing sends the device key along and keeps it in the new token.
    const refreshed = await fetchAuthSession({ forceRefresh: true });
    expect(claimsOf(refreshed.tokens?.accessToken).device_key).toBe(deviceKey);

    await forgetDevice();
    expect(await fetchDevices()).toEqual([]);
    expect(t.storage.find('deviceKey')).toBeUndefined();
    await signOut();

    // Forgotten: a brand-new device again, so MFA again.
    await signInWithMfa(
      t,
      email,
      await signIn({ username: email, password: PASSWORD, options: PASSWORD_AUTH }),
    );
    const newKey = t.storage.find('deviceKey');
    expect(newKey).toEqual(expect.any(String));
    expect(newKey).not.toBe(deviceKey);
  });

  it('forgetDevice({device}) removes another device; a key the server forgot is dropped and sign-in retried', async () => {
    const t = pool();
    const { email } = await userWithEmailMfa(t);
    await signInWithMfa(
      t,
      email,
      await signIn({ username: email, password: PASSWORD, options: PASSWORD_AUTH }),
    );
    const firstKey = t.storage.find('deviceKey') as string;
    await signOut();

    // Lose the local device secret (another browser, cleared storage): the next sign-in is a new device.
    for (const key of [...t.storage.items.keys()]) {
      if (/\.(deviceKey|deviceGroupKey|randomPasswordKey)$/.test(key)) t.storage.items.delete(key);
    }
    await signInWithMfa(
      t,
      email,
      await signIn({ username: email, password: PASSWORD, options: PASSWORD_AUTH }),
    );
    const secondKey = t.storage.find('deviceKey') as string;
    expect(secondKey).not.toBe(firstKey);
    expect((await fetchDevices()).map((d) => d.id).sort()).toEqual([firstKey, secondKey].sort());

    await forgetDevice({ device: { id: firstKey } });
    expect((await fetchDevices()).map((d) => d.id)).toEqual([secondKey]);
    expect(t.storage.find('deviceKey')).toBe(secondKey);
    await expectError(
      forgetDevice({ device: { id: firstKey } }),
      'ResourceNotFoundException',
      'Device does not exist.',
    );

    // The server forgets the current device behind Amplify's back.
    const { tokens } = await fetchAuthSession();
    await t.sdk.send(
      new ForgetDeviceCommand({
        AccessToken: tokens?.accessToken.toString(),
        DeviceKey: secondKey,
      }),
    );
    await signOut();
    // SRP with the stale DEVICE_KEY → ResourceNotFoundException "Device does not exist." → Amplify clears
    // its device metadata and answers PASSWORD_VERIFIER again: a new device, so MFA.
    t.calls.length = 0;
    await signInWithMfa(t, email, await signIn({ username: email, password: PASSWORD }));
    expect(t.calls.slice(0, 3)).toEqual([
      { op: 'InitiateAuth', detail: 'USER_SRP_AUTH' },
      {
        op: 'RespondToAuthChallenge',
        detail: 'PASSWORD_VERIFIER',
        error: 'ResourceNotFoundException',
      },
      { op: 'RespondToAuthChallenge', detail: 'PASSWORD_VERIFIER' },
    ]);
    expect(t.calls.map((c) => c.op)).toContain('ConfirmDevice');
    const thirdKey = t.storage.find('deviceKey');
    expect(thirdKey).toEqual(expect.any(String));
    expect(thirdKey).not.toBe(secondKey);
    expect((await fetchDevices()).map((d) => d.id)).toEqual([thirdKey]);
  });
});
