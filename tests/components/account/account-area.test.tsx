import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderSignedIn, startSessionCognito } from '../session/session-support';

const accountNav = async () =>
  within(await screen.findByRole('navigation', { name: 'Account' }, { timeout: 5000 }));

describe('the account area', () => {
  it('opens on personal details and moves between its sections, marking the current one', async () => {
    const cognito = await startSessionCognito();
    await cognito.addUser('dana@example.com');
    const { user } = await renderSignedIn(cognito, 'dana@example.com', '/account');

    expect(
      await screen.findByRole('heading', { level: 1, name: 'Personal details' }, { timeout: 5000 }),
    ).toBeInTheDocument();
    expect(window.location.pathname).toBe('/account/details');
    const nav = await accountNav();
    expect(nav.getAllByRole('link').map((link) => link.textContent)).toEqual([
      'Personal details',
      'Security',
      'Devices',
      'Data & deletion',
    ]);
    expect(nav.getByRole('link', { name: 'Personal details' })).toHaveAttribute(
      'aria-current',
      'page',
    );

    await user.click(nav.getByRole('link', { name: 'Devices' }));
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Devices' }, { timeout: 5000 }),
    ).toBeInTheDocument();
    expect(nav.getByRole('link', { name: 'Devices' })).toHaveAttribute('aria-current', 'page');
    expect(nav.getByRole('link', { name: 'Personal details' })).not.toHaveAttribute('aria-current');
    // The header's Account entry stays current anywhere in the area.
    expect(
      within(screen.getByRole('navigation', { name: 'Main' })).getByRole('link', {
        name: 'Account',
      }),
    ).toHaveAttribute('aria-current', 'page');
  });
});
