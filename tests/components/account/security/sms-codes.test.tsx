import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { expectConsoleError } from '../../console-guard';
import { enableEmailMfa } from '../../sign-in/support';
import { cognitoError, overrideCognito } from '../../support/override-cognito';
import { EMAIL, findRegion, mfaOf, openSecurityPage, region } from '../support';
import { expectAnnounced, openSecurityPageAfter, passwordPool } from './support';

const WITH_SMS = { mfaTypes: ['TOTP', 'EMAIL', 'SMS'] } as const;
const PHONE = '+14155550123';
const smsRegion = async () => within(await findRegion('Text message codes'));
const status = (area: ReturnType<typeof within>) => area.getByText(/Status:/);

describe('account security: text message codes', () => {
  it('turns text message codes on for a verified phone, then off after confirming', async () => {
    const cognito = await passwordPool({ phone_number: PHONE, phone_number_verified: 'true' });
    const { user } = await openSecurityPage(cognito, WITH_SMS);
    const sms = await smsRegion();
    expect(status(sms)).toHaveTextContent('Status: Off');
    expect(
      sms.getByText(`Get a 6-digit sign-in code by text message at ${PHONE} after your password.`),
    ).toBeVisible();

    await user.click(sms.getByRole('button', { name: 'Turn on text message codes' }));

    await waitFor(() => expect(status(sms)).toHaveTextContent('Status: On'));
    expect(sms.getByRole('heading', { name: 'Text message codes' })).toHaveFocus();
    await expectAnnounced('Text message codes turned on.');
    expect(await mfaOf(cognito)).toEqual({ enabled: ['SMS_MFA'], preferred: 'SMS_MFA' });

    await user.click(sms.getByRole('button', { name: 'Turn off text message codes' }));
    const confirm = sms.getByRole('group', { name: 'Turn off text message codes?' });
    // The last method: what happens next is said, including on a pool that requires MFA.
    expect(confirm).toHaveTextContent(/signing in will need only your password/);
    expect(confirm).toHaveTextContent(
      /If this app requires two-step verification, your next sign-in will ask you to set up a method again/,
    );
    await user.click(within(confirm).getByRole('button', { name: 'Turn off' }));

    await waitFor(() => expect(status(sms)).toHaveTextContent('Status: Off'));
    await expectAnnounced('Text message codes turned off.');
    expect(await mfaOf(cognito)).toEqual({ enabled: [], preferred: undefined });
  });

  it('asks for a phone number first, linking to personal details', async () => {
    const cognito = await passwordPool();
    const { user } = await openSecurityPage(cognito, WITH_SMS);
    const sms = await smsRegion();

    expect(sms.getByText(/Text message codes need a phone number on your account/)).toBeVisible();
    expect(sms.queryByRole('button', { name: 'Turn on text message codes' })).toBeNull();
    const link = sms.getByRole('link', { name: 'Add your phone number in Personal details' });
    expect(link).toHaveAttribute('href', '/account/details');
    await user.click(link);
    await waitFor(() => expect(window.location.pathname).toBe('/account/details'));
  });

  it('asks to verify an unverified phone number first', async () => {
    const cognito = await passwordPool({ phone_number: PHONE, phone_number_verified: 'false' });
    await openSecurityPage(cognito, WITH_SMS);
    const sms = await smsRegion();

    expect(
      sms.getByText(new RegExp(`Your phone number \\${PHONE} is not verified yet`)),
    ).toBeVisible();
    expect(sms.getByRole('link', { name: 'Verify it in Personal details' })).toHaveAttribute(
      'href',
      '/account/details',
    );
    expect(sms.queryByRole('button', { name: 'Turn on text message codes' })).toBeNull();
  });

  it('is not offered where the app config leaves SMS out', async () => {
    const cognito = await passwordPool({ phone_number: PHONE, phone_number_verified: 'true' });
    await openSecurityPage(cognito);
    await findRegion('Email codes');
    expect(screen.queryByRole('region', { name: 'Text message codes' })).toBeNull();
  });

  it('offers all three in "Which code to ask for", and turning one off keeps the preferred one', async () => {
    const cognito = await passwordPool({ phone_number: PHONE, phone_number_verified: 'true' });
    const { user } = await openSecurityPageAfter(cognito, WITH_SMS, () =>
      enableEmailMfa(cognito, EMAIL, true),
    );
    const sms = await smsRegion();
    await user.click(sms.getByRole('button', { name: 'Turn on text message codes' }));
    await waitFor(() => expect(status(sms)).toHaveTextContent('Status: On'));
    // Next to email codes it is only enabled: email stays the one asked for.
    expect(await mfaOf(cognito)).toEqual({
      enabled: ['EMAIL_OTP', 'SMS_MFA'],
      preferred: 'EMAIL_OTP',
    });

    const choice = () => within(region('Which code to ask for'));
    await waitFor(() => expect(choice().getAllByRole('radio')).toHaveLength(3));
    expect(choice().getByRole('radio', { name: 'A code by email' })).toBeChecked();
    await user.click(choice().getByRole('radio', { name: 'A code by text message' }));
    await user.click(choice().getByRole('button', { name: 'Save choice' }));
    await expectAnnounced('Saved. Signing in will ask for a code by text message.');
    expect(await mfaOf(cognito)).toMatchObject({ preferred: 'SMS_MFA' });

    // Turning SMS off leaves email alone: it becomes the one asked for.
    await user.click(sms.getByRole('button', { name: 'Turn off text message codes' }));
    expect(sms.getByText('Signing in will ask for a code by email instead.')).toBeVisible();
    await user.click(sms.getByRole('button', { name: 'Turn off' }));
    await waitFor(() => expect(status(sms)).toHaveTextContent('Status: Off'));
    expect(await mfaOf(cognito)).toEqual({ enabled: ['EMAIL_OTP'], preferred: 'EMAIL_OTP' });
    expect(screen.queryByRole('region', { name: 'Which code to ask for' })).toBeNull();
  });

  it('says why Cognito refused, next to the button', async () => {
    expectConsoleError(/update-mfa-preference failed: InvalidParameterException/);
    const cognito = await passwordPool({ phone_number: PHONE, phone_number_verified: 'true' });
    overrideCognito('SetUserMFAPreference', () =>
      cognitoError('InvalidParameterException', 'User does not have a phone number.'),
    );
    const { user } = await openSecurityPage(cognito, WITH_SMS);
    const sms = await smsRegion();

    await user.click(sms.getByRole('button', { name: 'Turn on text message codes' }));

    const alert = await sms.findByRole('alert');
    expect(alert).toHaveTextContent('Text message codes were not turned on');
    expect(alert).toHaveTextContent(
      'Text message codes need a verified phone number on your account.',
    );
    expect(status(sms)).toHaveTextContent('Status: Off');
  });
});

describe('account security: turning off the last method', () => {
  it('says what happens, and why a pool that requires MFA refused', async () => {
    expectConsoleError(/update-mfa-preference failed: InvalidParameterException/);
    const cognito = await passwordPool();
    overrideCognito('SetUserMFAPreference', () =>
      cognitoError(
        'InvalidParameterException',
        'Cannot disable all MFA options when MFA is required for the user pool.',
      ),
    );
    const { user } = await openSecurityPageAfter(cognito, {}, () =>
      enableEmailMfa(cognito, EMAIL, true),
    );
    const email = within(await findRegion('Email codes'));

    await user.click(email.getByRole('button', { name: 'Turn off email codes' }));
    const confirm = email.getByRole('group', { name: 'Turn off email codes?' });
    expect(confirm).toHaveTextContent(/You will have no two-step verification left/);
    await user.click(within(confirm).getByRole('button', { name: 'Turn off' }));

    expect(await within(confirm).findByRole('alert')).toHaveTextContent(
      'This app requires two-step verification, so your last method cannot be turned off. Set up another method first.',
    );
    expect(status(email)).toHaveTextContent('Status: On');
    expect((await mfaOf(cognito)).enabled).toEqual(['EMAIL_OTP']);
  });
});
