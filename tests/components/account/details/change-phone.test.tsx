import { waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { expectConsoleError } from '../../console-guard';
import { watchCognitoTraffic } from '../../support/cognito-traffic';
import { startTestCognito } from '../../support/test-cognito';
import {
  attributesOf,
  EMAIL,
  expectAnnounced,
  openDetailsPage,
  region,
  verifyCode,
} from './support';

const phoneSection = () => region('Phone number');
const phoneField = () => phoneSection().getByRole('textbox', { name: 'New phone number' });

/** A pool that verifies phone numbers by text message too, and keeps a verified one until the new one is. */
async function phonePool(phone?: string) {
  const cognito = await startTestCognito({
    AutoVerifiedAttributes: ['email', 'phone_number'],
    UserAttributeUpdateSettings: {
      AttributesRequireVerificationBeforeUpdate: ['email', 'phone_number'],
    },
  });
  await cognito.addUser(EMAIL, phone ? { phone_number: phone, phone_number_verified: 'true' } : {});
  return cognito;
}

describe('personal details: the phone number', () => {
  it('refuses a number without its country code, with an example, before Cognito sees it', async () => {
    const cognito = await phonePool();
    const { user } = await openDetailsPage(cognito);
    expect(phoneSection().getByText('You have not added a phone number.')).toBeVisible();
    const traffic = watchCognitoTraffic();

    await user.click(phoneSection().getByRole('button', { name: 'Add a phone number' }));
    expect(phoneField()).toHaveAttribute('type', 'tel');
    expect(phoneField()).toHaveAttribute('autocomplete', 'tel');
    expect(phoneField()).toHaveAccessibleDescription(/^Start with \+ and your country code/);
    await user.type(phoneField(), '07700 900123');
    await user.click(phoneSection().getByRole('button', { name: 'Send code' }));

    expect(phoneField()).toHaveAccessibleDescription(
      /Enter the number with its country code: a \+ then digits, like \+14155550123\.$/,
    );
    expect(phoneField()).toBeInvalid();
    expect(phoneField()).toHaveFocus();
    expect(phoneField()).toHaveValue('07700 900123');
    traffic.stop();
    expect(traffic.operations).not.toContain('UpdateUserAttributes');
  });

  it('adds a number typed with spaces, as E.164, and verifies it with the texted code', async () => {
    const cognito = await phonePool();
    const { user } = await openDetailsPage(cognito);

    await user.click(phoneSection().getByRole('button', { name: 'Add a phone number' }));
    await user.type(phoneField(), '+44 7700 900123');
    await user.click(phoneSection().getByRole('button', { name: 'Send code' }));

    const code = phoneSection().getByRole('textbox', { name: '6-digit code' });
    await waitFor(() => expect(code).toHaveFocus());
    expect(phoneSection().getByText(/^We sent a code by text message to/)).toBeVisible();
    // No verified number to keep: the new one is in use at once, unverified.
    expect(phoneSection().getByText('+447700900123')).toBeVisible();
    expect(phoneSection().getByText('Not verified')).toBeVisible();

    await user.type(code, verifyCode(cognito, EMAIL, 'phone_number'));
    await user.click(phoneSection().getByRole('button', { name: 'Verify' }));

    await expectAnnounced('Your phone number is verified.');
    expect(phoneSection().getByText('Verified')).toBeVisible();
    const saved = await attributesOf(cognito);
    expect(saved.phone_number).toBe('+447700900123');
    expect(saved.phone_number_verified).toBe('true');
  });

  it('keeps a verified number while a new one waits for its code', async () => {
    expectConsoleError(/confirm-attribute failed: CodeMismatchException/);
    const cognito = await phonePool('+14155550123');
    const { user } = await openDetailsPage(cognito);

    await user.click(phoneSection().getByRole('button', { name: 'Change phone number' }));
    await user.type(phoneField(), '+14155550199');
    await user.click(phoneSection().getByRole('button', { name: 'Send code' }));

    const code = phoneSection().getByRole('textbox', { name: '6-digit code' });
    await waitFor(() => expect(code).toHaveFocus());
    expect(phoneSection().getByText(/– enter the code we sent to it/)).toHaveTextContent(
      'Pending +14155550199 – enter the code we sent to it. Until then, +14155550123 stays in use.',
    );
    await user.type(code, '000000');
    await user.click(phoneSection().getByRole('button', { name: 'Verify' }));
    await waitFor(() => expect(code).toBeInvalid());
    expect((await attributesOf(cognito)).phone_number).toBe('+14155550123');
  });
});
