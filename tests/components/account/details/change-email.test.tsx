import { screen, waitFor } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { expectConsoleError } from '../../console-guard';
import { cognitoError, overrideCognito } from '../../support/override-cognito';
import {
  attributesOf,
  detailsPool,
  EMAIL,
  expectAnnounced,
  expectHeaderSays,
  openDetailsPage,
  region,
  reopenDetailsPage,
  verifyCode,
} from './support';

const NEW_EMAIL = 'dana.new@example.com';
const emailSection = () => region('Email address');
const codeField = () => emailSection().getByRole('textbox', { name: '6-digit code' });

async function startChange(
  user: Awaited<ReturnType<typeof openDetailsPage>>['user'],
  to = NEW_EMAIL,
) {
  await user.click(emailSection().getByRole('button', { name: 'Change email address' }));
  await user.type(emailSection().getByRole('textbox', { name: 'New email address' }), to);
  await user.click(emailSection().getByRole('button', { name: 'Send code' }));
}

describe('personal details: changing the email address', () => {
  it('without AttributesRequireVerificationBeforeUpdate: the new address is in use, unverified, until the code', async () => {
    const cognito = await detailsPool();
    const { user } = await openDetailsPage(cognito);

    await startChange(user);

    await waitFor(() => expect(codeField()).toHaveFocus());
    expect(emailSection().getByText(/^We sent a code by email to d/)).toBeVisible();
    // Cognito changed it at once: the page, the header and the tokens say the new address.
    expect(emailSection().getByText(NEW_EMAIL)).toBeVisible();
    expect(emailSection().getByText('Not verified')).toBeVisible();
    expect(emailSection().queryByText('Pending')).not.toBeInTheDocument();
    await expectHeaderSays(NEW_EMAIL);
    expect((await attributesOf(cognito, NEW_EMAIL)).email_verified).toBe('false');

    await user.type(codeField(), verifyCode(cognito, NEW_EMAIL));
    await user.click(emailSection().getByRole('button', { name: 'Verify' }));

    await expectAnnounced('Your email address is verified.');
    expect(emailSection().getByText('Verified')).toBeVisible();
    expect(emailSection().getByRole('heading', { name: 'Email address' })).toHaveFocus();
    expect((await attributesOf(cognito, NEW_EMAIL)).email_verified).toBe('true');
  });

  it('with AttributesRequireVerificationBeforeUpdate: the old address stays until the code, the new one shows as pending', async () => {
    const cognito = await detailsPool({ keepOriginal: true });
    const { user } = await openDetailsPage(cognito);

    await startChange(user);

    await waitFor(() => expect(codeField()).toHaveFocus());
    expect(emailSection().getByText(EMAIL)).toBeVisible();
    expect(emailSection().getByText('Verified')).toBeVisible();
    expect(emailSection().getByText('Pending')).toBeVisible();
    expect(emailSection().getByText(/– enter the code we sent to it/)).toHaveTextContent(
      `Pending ${NEW_EMAIL} – enter the code we sent to it. Until then, ${EMAIL} stays in use.`,
    );
    expect((await attributesOf(cognito)).email).toBe(EMAIL);

    await user.type(codeField(), verifyCode(cognito, NEW_EMAIL));
    await user.click(emailSection().getByRole('button', { name: 'Verify' }));

    await expectAnnounced(`Your email address is now ${NEW_EMAIL}, and it is verified.`);
    expect(emailSection().getByText(NEW_EMAIL)).toBeVisible();
    expect(emailSection().getByText('Verified')).toBeVisible();
    expect(emailSection().queryByText('Pending')).not.toBeInTheDocument();
    await expectHeaderSays(NEW_EMAIL);
    const after = await attributesOf(cognito, NEW_EMAIL);
    expect(after.email).toBe(NEW_EMAIL);
    expect(after.email_verified).toBe('true');
  });

  it('keeps the pending address across a reload, and "keep my current" drops it', async () => {
    const cognito = await detailsPool({ keepOriginal: true });
    const first = await openDetailsPage(cognito);
    await startChange(first.user);
    await waitFor(() => expect(codeField()).toHaveFocus());
    first.unmount();

    // Cognito does not say what is pending: this tab remembers it.
    const { user } = await reopenDetailsPage(cognito);
    expect(emailSection().getByText(NEW_EMAIL)).toBeVisible();
    expect(emailSection().getByText('Pending')).toBeVisible();

    await user.click(emailSection().getByRole('button', { name: 'Keep my current email address' }));
    await expectAnnounced(`Change cancelled. ${EMAIL} stays in use.`);
    expect(emailSection().queryByText(NEW_EMAIL)).not.toBeInTheDocument();
  });

  it('says a wrong or expired code at the field, and the right one still works', async () => {
    expectConsoleError(/confirm-attribute failed: CodeMismatchException/);
    expectConsoleError(/confirm-attribute failed: ExpiredCodeException/);
    const cognito = await detailsPool();
    const { user } = await openDetailsPage(cognito);
    await startChange(user);
    await waitFor(() => expect(codeField()).toHaveFocus());
    const right = verifyCode(cognito, NEW_EMAIL);

    await user.type(codeField(), '12');
    await user.click(emailSection().getByRole('button', { name: 'Verify' }));
    expect(codeField()).toHaveAccessibleDescription(/Enter all 6 digits of the code\.$/);

    await user.clear(codeField());
    await user.type(codeField(), right === '000000' ? '111111' : '000000');
    await user.click(emailSection().getByRole('button', { name: 'Verify' }));
    await waitFor(() =>
      expect(codeField()).toHaveAccessibleDescription(
        /That code is not right\. Check it and try again\.$/,
      ),
    );
    expect(codeField()).toBeInvalid();

    overrideCognito('VerifyUserAttribute', () => cognitoError('ExpiredCodeException'));
    await user.clear(codeField());
    await user.type(codeField(), right);
    await user.click(emailSection().getByRole('button', { name: 'Verify' }));
    await waitFor(() =>
      expect(codeField()).toHaveAccessibleDescription(
        /That code has expired\. Ask for a new one\.$/,
      ),
    );
  });

  it('offers a new code only after the cooldown', async () => {
    const cognito = await detailsPool({ keepOriginal: true });
    const { user } = await openDetailsPage(cognito);
    const started = Date.now();
    await startChange(user);
    await waitFor(() => expect(codeField()).toHaveFocus());
    const firstCode = verifyCode(cognito, NEW_EMAIL);
    const resend = emailSection().getByRole('button', { name: 'Send a new code' });
    expect(resend).toBeDisabled();
    expect(emailSection().getByText(/You can ask for a new code in \d+ s\./)).toBeVisible();

    // Past the 30-second cooldown (counted from the send, a little after `started`), the
    // button is back; a pending address gets its new code from the update itself.
    const now = vi.spyOn(Date, 'now').mockReturnValue(started + 90_000);
    try {
      await waitFor(() => expect(resend).toBeEnabled());
      const sent: unknown[] = [];
      overrideCognito('UpdateUserAttributes', (body) => {
        sent.push(body.UserAttributes);
        return undefined;
      });
      await user.click(resend);
      await waitFor(() => expect(sent).toEqual([[{ Name: 'email', Value: NEW_EMAIL }]]));
      await waitFor(() => expect(resend).toBeDisabled());
    } finally {
      now.mockRestore();
    }
    const secondCode = verifyCode(cognito, NEW_EMAIL);
    expect(cognito.emulator.outbox({ username: NEW_EMAIL }).length).toBe(2);
    // The newest code works.
    await user.type(codeField(), secondCode);
    await user.click(emailSection().getByRole('button', { name: 'Verify' }));
    await expectAnnounced(`Your email address is now ${NEW_EMAIL}, and it is verified.`);
    expect(firstCode).toMatch(/^\d{6}$/);
  });

  it('verifies an address already in use that is not verified yet', async () => {
    const cognito = await detailsPool({ attributes: { email_verified: 'false' } });
    const { user } = await openDetailsPage(cognito);
    expect(emailSection().getByText('Not verified')).toBeVisible();

    await user.click(emailSection().getByRole('button', { name: 'Verify email address' }));
    await waitFor(() => expect(codeField()).toHaveFocus());
    await user.type(codeField(), verifyCode(cognito, EMAIL));
    await user.click(emailSection().getByRole('button', { name: 'Verify' }));

    await expectAnnounced('Your email address is verified.');
    expect(emailSection().getByText('Verified')).toBeVisible();
    expect((await attributesOf(cognito)).email_verified).toBe('true');
  });

  it('says "that email is in use" when another account has it, and keeps what was typed', async () => {
    expectConsoleError(/change-contact failed: AliasExistsException/);
    const cognito = await detailsPool();
    await cognito.addUser('taken@example.com');
    const { user } = await openDetailsPage(cognito);

    await startChange(user, 'taken@example.com');

    const input = emailSection().getByRole('textbox', { name: 'New email address' });
    await waitFor(() =>
      expect(input).toHaveAccessibleDescription(/That email is in use by another account\.$/),
    );
    expect(input).toHaveValue('taken@example.com');
    expect(input).toHaveFocus();
    expect((await attributesOf(cognito)).email).toBe(EMAIL);
  });

  it('checks the address before Cognito sees it', async () => {
    const cognito = await detailsPool();
    const { user } = await openDetailsPage(cognito);

    await startChange(user, 'dana@example');
    const input = emailSection().getByRole('textbox', { name: 'New email address' });
    expect(input).toHaveAccessibleDescription(/Enter an email address like name@example.com\.$/);

    await user.clear(input);
    await user.type(input, EMAIL);
    await user.click(emailSection().getByRole('button', { name: 'Send code' }));
    expect(input).toHaveAccessibleDescription(/That is already your email address\.$/);
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });
});
