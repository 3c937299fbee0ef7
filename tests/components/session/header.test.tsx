import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderApp } from '../render-app';
import { renderSignedIn, startSessionCognito } from './session-support';

const nav = async () =>
  within(await screen.findByRole('navigation', { name: 'Main' }, { timeout: 5000 }));
const header = () => within(screen.getByRole('banner'));
const linkNames = (scope: Pick<typeof screen, 'getAllByRole'>) =>
  scope.getAllByRole('link').map((link) => link.textContent);

describe('the app header', () => {
  it('offers Home and a sign-in link to a signed-out visitor', async () => {
    const { user } = await renderApp('/');

    expect(linkNames(await nav())).toEqual(['Home']);
    expect((await nav()).getByRole('link', { name: 'Home' })).toHaveAttribute(
      'aria-current',
      'page',
    );
    await user.click(header().getByRole('link', { name: 'Sign in' }));
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Sign in' }, { timeout: 5000 }),
    ).toBeInTheDocument();
  });

  it('shows a user who is signed in, their pages and the sign-out actions, no Admin', async () => {
    const cognito = await startSessionCognito();
    await cognito.addUser('dana@example.com');
    await renderSignedIn(cognito, 'dana@example.com', '/');

    await nav();
    expect(await header().findByText('dana@example.com')).toBeInTheDocument();
    expect(header().getByText(/Signed in as/)).toHaveTextContent('Signed in as dana@example.com');
    expect(linkNames(await nav())).toEqual(['Home', 'Profile', 'Notes', 'Account']);
    expect(header().getByRole('button', { name: 'Sign out' })).toBeEnabled();
    expect(header().getByRole('button', { name: 'Sign out everywhere' })).toBeEnabled();
    expect(header().queryByRole('link', { name: 'Sign in' })).not.toBeInTheDocument();
  });

  it('adds Admin for members of the admin group', async () => {
    const cognito = await startSessionCognito();
    await cognito.addUser('ada@example.com');
    await cognito.emulator.call('CreateGroup', { UserPoolId: cognito.poolId, GroupName: 'admin' });
    await cognito.emulator.call('AdminAddUserToGroup', {
      UserPoolId: cognito.poolId,
      Username: 'ada@example.com',
      GroupName: 'admin',
    });
    await renderSignedIn(cognito, 'ada@example.com', '/');

    await nav();
    await header().findByText('ada@example.com');
    expect(linkNames(await nav())).toEqual(['Home', 'Profile', 'Notes', 'Account', 'Admin']);
    expect((await nav()).getByRole('link', { name: 'Admin' })).toHaveAttribute('href', '/admin');
  });

  it('folds the navigation into a menu button that opens, closes on Escape and on a link', async () => {
    const cognito = await startSessionCognito();
    await cognito.addUser('mia@example.com');
    const { user } = await renderSignedIn(cognito, 'mia@example.com', '/');
    await nav();
    await header().findByText('mia@example.com');

    const menu = header().getByRole('button', { name: 'Menu' });
    expect(menu).toHaveAttribute('aria-expanded', 'false');
    const panel = document.getElementById(menu.getAttribute('aria-controls') ?? '');
    expect(panel).toContainElement(screen.getByRole('navigation', { name: 'Main' }));

    await user.click(menu);
    expect(header().getByRole('button', { name: 'Close menu' })).toHaveAttribute(
      'aria-expanded',
      'true',
    );
    await user.keyboard('{Escape}');
    expect(header().getByRole('button', { name: 'Menu' })).toHaveFocus();
    expect(header().getByRole('button', { name: 'Menu' })).toHaveAttribute(
      'aria-expanded',
      'false',
    );

    await user.click(header().getByRole('button', { name: 'Menu' }));
    await user.click((await nav()).getByRole('link', { name: 'Account' }));
    expect(
      await screen.findByRole('navigation', { name: 'Account' }, { timeout: 5000 }),
    ).toBeInTheDocument();
    expect(header().getByRole('button', { name: 'Menu' })).toHaveAttribute(
      'aria-expanded',
      'false',
    );
  });
});
