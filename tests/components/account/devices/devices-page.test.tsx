import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { expectConsoleError } from '../../console-guard';
import { cognitoError, overrideCognito } from '../../support/override-cognito';
import {
  addOtherDevice,
  devicesOf,
  devicesPool,
  devicesRegion,
  FIREFOX_ON_WINDOWS,
  openDevicesPage,
  pageStatus,
  storedDeviceKey,
} from './support';

const expectAnnounced = (text: string) =>
  waitFor(() => expect(pageStatus()).toHaveTextContent(text));

// jsdom's user agent names no browser: this browser's device is "Browser on Linux".
const THIS_DEVICE = 'Browser on Linux';

describe('account devices', () => {
  it('lists each device with when and where it was last used, and marks this one', async () => {
    const cognito = await devicesPool();
    await addOtherDevice(cognito, {
      name: FIREFOX_ON_WINDOWS,
      remembered: true,
      sourceIp: '203.0.113.7',
    });
    await openDevicesPage(cognito);
    const list = within(await devicesRegion());

    const rows = await list.findAllByRole('listitem');
    expect(rows).toHaveLength(2);
    // This browser first, then the most recently used.
    const [mine, firefox] = rows as [HTMLElement, HTMLElement];
    expect(mine).toHaveTextContent(THIS_DEVICE);
    expect(within(mine).getByText('This device')).toBeVisible();
    expect(mine).toHaveTextContent('Not remembered: signing in here asks for a verification code.');
    expect(mine).toHaveTextContent(/Last used just now \(.+\)/);
    expect(firefox).toHaveTextContent('Firefox on Windows');
    expect(within(firefox).queryByText('This device')).toBeNull();
    expect(firefox).toHaveTextContent('Remembered: signing in here skips the verification code.');
    expect(firefox).toHaveTextContent('IP address 203.0.113.7');
    expect(within(firefox).getByRole('time')).toHaveAttribute('datetime');
    expect(
      list.getByRole('button', { name: `Forget device: ${THIS_DEVICE} (this device)` }),
    ).toBeVisible();
    expect(
      list.getByText('Device names come from the browser and cannot be changed.'),
    ).toBeVisible();
    // Cognito cannot rename a device: nothing offers to.
    expect(list.queryByRole('button', { name: /rename/i })).toBeNull();
  });

  it('forgets another device only after confirming', async () => {
    const cognito = await devicesPool();
    const firefoxKey = await addOtherDevice(cognito, {
      name: FIREFOX_ON_WINDOWS,
      remembered: true,
    });
    const { user } = await openDevicesPage(cognito);
    const list = within(await devicesRegion());
    const forgetFirefox = await list.findByRole('button', {
      name: 'Forget device: Firefox on Windows',
    });

    // Backing out changes nothing and puts the keyboard back where it was.
    await user.click(forgetFirefox);
    const confirm = list.getByRole('group', { name: 'Forget “Firefox on Windows”?' });
    expect(within(confirm).getByText('Forget “Firefox on Windows”?')).toHaveFocus();
    expect(confirm).toHaveTextContent(
      'Signing in on that device will ask for a verification code again.',
    );
    await user.keyboard('{Escape}');
    expect(list.getByRole('button', { name: 'Forget device: Firefox on Windows' })).toHaveFocus();
    expect((await devicesOf(cognito)).map((d) => d.key)).toContain(firefoxKey);

    await user.click(list.getByRole('button', { name: 'Forget device: Firefox on Windows' }));
    await user.click(list.getByRole('button', { name: 'Forget device' }));

    await waitFor(() => expect(list.getAllByRole('listitem')).toHaveLength(1));
    expect(list.getByRole('listitem')).toHaveTextContent(THIS_DEVICE);
    expect(list.getByRole('heading', { name: 'Your devices' })).toHaveFocus();
    await expectAnnounced('Device forgotten: Firefox on Windows.');
    expect((await devicesOf(cognito)).map((d) => d.key)).not.toContain(firefoxKey);
    // This browser keeps its keys.
    expect(storedDeviceKey()).toEqual(expect.any(String));
  });

  it('forgetting this device says MFA comes back, and drops the keys this browser kept', async () => {
    const cognito = await devicesPool();
    const { user } = await openDevicesPage(cognito);
    const list = within(await devicesRegion());
    const key = storedDeviceKey();
    expect(key).toEqual(expect.any(String));

    await user.click(
      await list.findByRole('button', { name: `Forget device: ${THIS_DEVICE} (this device)` }),
    );
    const confirm = list.getByRole('group', { name: 'Forget this device?' });
    expect(confirm).toHaveTextContent(
      'The next time you sign in on this browser, we will ask for your verification code.',
    );
    await user.click(within(confirm).getByRole('button', { name: 'Forget device' }));

    expect(await list.findByText('No remembered devices')).toBeVisible();
    await expectAnnounced(
      'This device is forgotten. Your next sign-in here will ask for a verification code.',
    );
    expect(await devicesOf(cognito)).toEqual([]);
    expect(storedDeviceKey()).toBeUndefined();
  });

  it('says when there are no devices', async () => {
    const cognito = await devicesPool({ tracking: false });
    await openDevicesPage(cognito);
    const list = within(await devicesRegion());

    expect(await list.findByText('No remembered devices')).toBeVisible();
    expect(list.queryByRole('listitem')).toBeNull();
  });

  it('offers a retry when the list cannot be read', async () => {
    expectConsoleError(/^\[account\] devices failed: InternalErrorException$/);
    const cognito = await devicesPool();
    let refuse = true;
    overrideCognito('ListDevices', () =>
      refuse ? cognitoError('InternalErrorException', 'Internal error') : undefined,
    );
    const { user } = await openDevicesPage(cognito);
    const list = within(await devicesRegion());

    const alert = await list.findByRole('alert');
    expect(alert).toHaveTextContent('Could not load your devices');
    expect(alert).toHaveTextContent('The sign-in service had a problem. Try again in a moment.');
    refuse = false;
    await user.click(within(alert).getByRole('button', { name: 'Try again' }));

    expect(await list.findByRole('listitem')).toHaveTextContent(THIS_DEVICE);
    expect(list.queryByRole('alert')).toBeNull();
  });

  it('keeps the device and says why when forgetting fails', async () => {
    expectConsoleError(/^\[account\] forget-device failed: InternalErrorException$/);
    const cognito = await devicesPool();
    await addOtherDevice(cognito, { name: FIREFOX_ON_WINDOWS });
    overrideCognito('ForgetDevice', () => cognitoError('InternalErrorException', 'Internal error'));
    const { user } = await openDevicesPage(cognito);
    const list = within(await devicesRegion());

    await user.click(
      await list.findByRole('button', { name: 'Forget device: Firefox on Windows' }),
    );
    const confirm = list.getByRole('group', { name: 'Forget “Firefox on Windows”?' });
    expect(confirm).toHaveTextContent('It leaves this list; signing in there again adds it back.');
    await user.click(within(confirm).getByRole('button', { name: 'Forget device' }));

    const alert = await within(confirm).findByRole('alert');
    expect(alert).toHaveTextContent('The sign-in service had a problem. Try again in a moment.');
    expect(list.getAllByRole('listitem')).toHaveLength(2);
    expect(await devicesOf(cognito)).toHaveLength(2);
  });
});

describe('account devices without device remembering', () => {
  it('says each sign-in asks for a code', async () => {
    const cognito = await devicesPool({ tracking: false });
    await openDevicesPage(cognito, { rememberDevices: 'off' });
    expect(
      screen.getByText(/This app does not remember devices, so each sign-in asks for your/),
    ).toBeVisible();
  });
});
