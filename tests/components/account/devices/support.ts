import { configure, screen, within } from '@testing-library/react';
import { renderApp } from '../../render-app';
import { signInAs } from '../../support/sign-in-as';
import { startTestCognito, TEST_PASSWORD, type TestCognito } from '../../support/test-cognito';

// Each test signs in (Amplify confirms the device: SRP maths in JS) and boots the whole app.
configure({ asyncUtilTimeout: 5000 });

export const EMAIL = 'dana@example.com';
export const PAGE = '/account/devices';
/** What Firefox on Windows reports as its user agent, the name Amplify gives its device. */
export const FIREFOX_ON_WINDOWS =
  'Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:133.0) Gecko/20100101 Firefox/133.0';

/** A pool that tracks devices and remembers one only when the user says so, and one user. */
export async function devicesPool({ tracking = true } = {}) {
  const cognito = await startTestCognito(
    tracking
      ? {
          DeviceConfiguration: {
            ChallengeRequiredOnNewDevice: true,
            DeviceOnlyRememberedOnUserPrompt: true,
          },
        }
      : {},
  );
  await cognito.addUser(EMAIL);
  return cognito;
}

interface OtherDevice {
  readonly name: string;
  readonly remembered?: boolean;
  /** Where that sign-in came from, as Cognito records it (`last_ip_used`). */
  readonly sourceIp?: string;
}

/** Another browser's sign-in, as that browser's Amplify would make it: a confirmed device. */
export async function addOtherDevice(cognito: TestCognito, device: OtherDevice): Promise<string> {
  const meta = device.sourceIp ? { sourceIp: device.sourceIp } : {};
  const auth = (await cognito.emulator.call(
    'InitiateAuth',
    {
      ClientId: cognito.clientId,
      AuthFlow: 'USER_PASSWORD_AUTH',
      AuthParameters: { USERNAME: EMAIL, PASSWORD: TEST_PASSWORD },
    },
    meta,
  )) as {
    AuthenticationResult: { AccessToken: string; NewDeviceMetadata: { DeviceKey: string } };
  };
  const { AccessToken, NewDeviceMetadata } = auth.AuthenticationResult;
  await cognito.emulator.call(
    'ConfirmDevice',
    {
      AccessToken,
      DeviceKey: NewDeviceMetadata.DeviceKey,
      DeviceName: device.name,
      // Any verifier will do: this device never signs in again.
      DeviceSecretVerifierConfig: {
        Salt: Buffer.from('0123456789abcdef').toString('base64'),
        PasswordVerifier: Buffer.from('a verifier for a device in a test').toString('base64'),
      },
    },
    meta,
  );
  if (device.remembered) {
    await cognito.emulator.call('UpdateDeviceStatus', {
      AccessToken,
      DeviceKey: NewDeviceMetadata.DeviceKey,
      DeviceRememberedStatus: 'remembered',
    });
  }
  return NewDeviceMetadata.DeviceKey;
}

/** Signs the user in with Amplify (this browser becomes a device) and opens the devices page. */
export async function openDevicesPage(
  cognito: TestCognito,
  overrides: Record<string, unknown> = {},
) {
  const config = await signInAs(cognito, EMAIL, { rememberDevices: 'opt-in', ...overrides });
  const view = await renderApp(PAGE, { config });
  await screen.findByRole('heading', { level: 1, name: 'Devices' });
  return view;
}

/** The user's devices as an admin sees them: key and remembered status. */
export async function devicesOf(cognito: TestCognito) {
  const { Devices } = (await cognito.emulator.call('AdminListDevices', {
    UserPoolId: cognito.poolId,
    Username: EMAIL,
  })) as { Devices: { DeviceKey: string; DeviceAttributes: { Name: string; Value: string }[] }[] };
  return Devices.map((d) => ({
    key: d.DeviceKey,
    remembered:
      d.DeviceAttributes.find((a) => a.Name === 'dev:device_remembered_status')?.Value ===
      'remembered',
  }));
}

/** Amplify's stored device key for this browser, if any. */
export const storedDeviceKey = () =>
  Object.keys(localStorage)
    .filter((key) => key.endsWith('.deviceKey'))
    .map((key) => localStorage.getItem(key))[0] ?? undefined;

/** The list on the page, by its heading. */
export const devicesRegion = () => screen.findByRole('region', { name: 'Your devices' });

/** The page's own polite status line (the header has one of its own). */
export const pageStatus = () =>
  within(screen.getByRole('main'))
    .getAllByRole('status')
    .find((element) => element.getAttribute('aria-atomic') === 'true');
