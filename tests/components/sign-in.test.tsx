import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderApp } from './render-app';

// No Cognito handlers are registered: any request these tests cause fails them.
describe('sign-in page', () => {
  it('labels both fields and starts with no errors', async () => {
    await renderApp('/sign-in');

    expect(await screen.findByRole('textbox', { name: 'Username' })).toHaveAttribute(
      'autocomplete',
      'username',
    );
    expect(screen.getByLabelText('Password')).toHaveAttribute('autocomplete', 'current-password');
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  it('flags both empty fields without calling Cognito', async () => {
    const { user } = await renderApp('/sign-in');

    await user.click(await screen.findByRole('button', { name: 'Sign in' }));

    const username = screen.getByRole('textbox', { name: 'Username' });
    expect(username).toBeInvalid();
    expect(username).toHaveAccessibleDescription('Enter your username.');
    expect(username).toHaveFocus();
    expect(screen.getByLabelText('Password')).toHaveAccessibleDescription('Enter your password.');
  });

  it('flags an empty password and moves focus to it, from the keyboard alone', async () => {
    const { user } = await renderApp('/sign-in');

    await user.type(await screen.findByRole('textbox', { name: 'Username' }), 'alice{Enter}');

    const password = screen.getByLabelText('Password');
    expect(password).toBeInvalid();
    expect(password).toHaveFocus();
    expect(password).toHaveAccessibleDescription('Enter your password.');
    expect(screen.getByRole('textbox', { name: 'Username' })).toBeValid();
  });

  it('treats a username of only spaces as empty', async () => {
    const { user } = await renderApp('/sign-in');

    await user.type(await screen.findByRole('textbox', { name: 'Username' }), '   ');
    await user.type(screen.getByLabelText('Password'), 'Passw0rd!x{Enter}');

    expect(screen.getByRole('textbox', { name: 'Username' })).toHaveAccessibleDescription(
      'Enter your username.',
    );
  });
});
