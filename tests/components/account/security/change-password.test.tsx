import { screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { expectConsoleError } from '../../console-guard';
import { cognitoError, overrideCognito } from '../../support/override-cognito';
import { openSecurityPage } from '../support';
import {
  expectAnnounced,
  passwordPool,
  passwordRegion,
  passwordWorks,
  TEST_PASSWORD,
} from './support';

const NEW_PASSWORD = 'New-passw0rd!';

const current = () => passwordRegion().getByLabelText('Current password');
const next = () => passwordRegion().getByLabelText('New password');
const confirmNext = () => passwordRegion().getByLabelText('Confirm new password');
const submit = () => passwordRegion().getByRole('button', { name: 'Change password' });

async function fill(
  user: Awaited<ReturnType<typeof openSecurityPage>>['user'],
  currentPassword: string,
  newPassword: string,
  confirmation = newPassword,
) {
  await user.type(current(), currentPassword);
  await user.type(next(), newPassword);
  await user.type(confirmNext(), confirmation);
  await user.click(submit());
}

describe('account security: change password', () => {
  it('changes the password: the old one stops working, the new one works', async () => {
    const cognito = await passwordPool();
    const { user } = await openSecurityPage(cognito);
    expect(screen.getByRole('form', { name: 'Change password' })).toBeVisible();

    await fill(user, TEST_PASSWORD, NEW_PASSWORD);

    await expectAnnounced('Password changed. Use your new password the next time you sign in.');
    expect(passwordRegion().getByText('Password changed')).toBeVisible();
    expect(current()).toHaveValue('');
    expect(next()).toHaveValue('');
    expect(confirmNext()).toHaveValue('');
    expect(await passwordWorks(cognito, TEST_PASSWORD)).toBe(false);
    expect(await passwordWorks(cognito, NEW_PASSWORD)).toBe(true);
    // Typing again starts a new attempt: the old news goes.
    await user.type(current(), 'x');
    expect(passwordRegion().queryByText('Password changed')).toBeNull();
  });

  it('checks the fields before asking Cognito', async () => {
    const cognito = await passwordPool();
    const { user } = await openSecurityPage(cognito);

    await user.click(submit());
    expect(current()).toHaveAccessibleDescription('Enter your current password.');
    expect(current()).toHaveFocus();
    expect(next()).toHaveAccessibleDescription(/Choose a new password\./);

    await fill(user, TEST_PASSWORD, TEST_PASSWORD);
    expect(next()).toHaveAccessibleDescription(
      /Your new password must be different from your current one\./,
    );
    expect(next()).toHaveFocus();

    await user.clear(next());
    await user.type(next(), NEW_PASSWORD);
    await user.clear(confirmNext());
    await user.type(confirmNext(), `${NEW_PASSWORD}x`);
    await user.click(submit());
    expect(confirmNext()).toHaveAccessibleDescription('The passwords do not match.');
    expect(await passwordWorks(cognito, TEST_PASSWORD)).toBe(true);
  });

  it('says a wrong current password next to that field, keeping what was typed', async () => {
    expectConsoleError(/\[account\] change-password failed: NotAuthorizedException/);
    const cognito = await passwordPool();
    const { user } = await openSecurityPage(cognito);

    await fill(user, 'Not-the-passw0rd!', NEW_PASSWORD);

    await waitFor(() =>
      expect(current()).toHaveAccessibleDescription('Your current password is not right.'),
    );
    expect(current()).toBeInvalid();
    expect(current()).toHaveFocus();
    expect(current()).toHaveValue('Not-the-passw0rd!');
    expect(next()).toHaveValue(NEW_PASSWORD);
    expect(confirmNext()).toHaveValue(NEW_PASSWORD);

    // Corrected, it goes through.
    await user.clear(current());
    await user.type(current(), TEST_PASSWORD);
    await user.click(submit());
    await expectAnnounced('Password changed.');
    expect(await passwordWorks(cognito, NEW_PASSWORD)).toBe(true);
  });

  it('says what the pool’s policy wants when Cognito refuses the new password', async () => {
    expectConsoleError(/\[account\] change-password failed: InvalidPasswordException/);
    const cognito = await passwordPool();
    // The app's checklist is laxer than the pool: Cognito has the last word.
    const { user } = await openSecurityPage(cognito, {
      passwordPolicy: {
        minLength: 8,
        requireLowercase: true,
        requireUppercase: true,
        requireNumbers: true,
        requireSymbols: false,
      },
    });

    await fill(user, TEST_PASSWORD, 'Newpassw0rd');

    await waitFor(() =>
      expect(next()).toHaveAccessibleDescription(
        /Choose a stronger password: password must have symbol characters\./,
      ),
    );
    expect(next()).toHaveFocus();
    expect(current()).toHaveValue(TEST_PASSWORD);
    expect(await passwordWorks(cognito, TEST_PASSWORD)).toBe(true);
  });

  it('refuses a recently used password with its own message', async () => {
    expectConsoleError(
      /\[account\] change-password failed: PasswordHistoryPolicyViolationException/,
    );
    const cognito = await passwordPool();
    const { user } = await openSecurityPage(cognito);
    await fill(user, TEST_PASSWORD, NEW_PASSWORD);
    await expectAnnounced('Password changed.');

    // Back to the first one: the pool remembers the last three.
    await fill(user, NEW_PASSWORD, TEST_PASSWORD);

    await waitFor(() =>
      expect(next()).toHaveAccessibleDescription(
        /You used this password recently\. Choose one you have not used before\./,
      ),
    );
    expect(next()).toHaveFocus();
    expect(passwordRegion().queryByText('Password changed')).toBeNull();
    expect(await passwordWorks(cognito, NEW_PASSWORD)).toBe(true);
  });

  it('says to wait after too many attempts, above the button', async () => {
    expectConsoleError(/\[account\] change-password failed: LimitExceededException/);
    const cognito = await passwordPool();
    overrideCognito('ChangePassword', () =>
      cognitoError('LimitExceededException', 'Attempt limit exceeded, please try after some time.'),
    );
    const { user } = await openSecurityPage(cognito);

    await fill(user, TEST_PASSWORD, NEW_PASSWORD);

    const alert = await passwordRegion().findByRole('alert');
    expect(alert).toHaveTextContent('Your password was not changed');
    expect(alert).toHaveTextContent('Too many attempts. Wait a few minutes, then try again.');
    await waitFor(() => expect(alert).toHaveFocus());
    expect(current()).toHaveValue(TEST_PASSWORD);
    expect(next()).toHaveValue(NEW_PASSWORD);
  });
});
