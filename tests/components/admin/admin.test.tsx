import { configure, screen, within } from '@testing-library/react';
import { HttpResponse, http } from 'msw';
import { describe, expect, it } from 'vitest';
import { expectConsoleError } from '../console-guard';
import { server } from '../msw-server';
import { renderApp } from '../render-app';
import { startDemoApi } from '../support/demo-api';
import { signInAs } from '../support/sign-in-as';
import { startTestCognito } from '../support/test-cognito';

// Each test signs in and boots the whole app; on a busy 2-core machine a page can
// take more than the default second to appear.
configure({ asyncUtilTimeout: 5000 });

async function signedIn(email: string, groups: string[] = []) {
  const cognito = await startTestCognito();
  await cognito.addUser(email);
  for (const GroupName of groups) {
    await cognito.emulator.call('CreateGroup', { UserPoolId: cognito.poolId, GroupName });
    await cognito.emulator.call('AdminAddUserToGroup', {
      UserPoolId: cognito.poolId,
      Username: email,
      GroupName,
    });
  }
  const config = await signInAs(cognito, email);
  return { config, api: await startDemoApi(cognito) };
}

describe('admin page', () => {
  it('lists the users the API has seen, for a member of the admin group', async () => {
    const { config, api } = await signedIn('ada@example.com', ['admin']);
    const other = await api.store.seeUser(
      'other-sub',
      'someone-else',
      new Date('2030-01-01T10:00Z'),
    );
    await renderApp('/admin', { config });

    expect(await screen.findByRole('heading', { level: 1, name: 'Admin' })).toBeVisible();
    const table = await screen.findByRole('table', { name: 'Users the API has seen' });
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows).toHaveLength(2);
    expect(within(table).getByRole('rowheader', { name: 'someone-else' })).toBeVisible();
    expect(within(table).getByText(other.id)).toBeVisible();
    // Oldest first by first sight; 'someone-else' was first seen in 2030, so it comes last.
    expect(
      within(rows[1] as HTMLElement)
        .getAllByRole('cell')[1]
        ?.querySelector('time'),
    ).toHaveAttribute('datetime', '2030-01-01T10:00:00.000Z');
    expect(screen.getByRole('link', { name: 'Admin' })).toBeVisible();
  });

  it("tells a non-admin who opens /admin that they don't have access, without crashing", async () => {
    const { config, api } = await signedIn('dana@example.com');
    await renderApp('/admin', { config });

    expect(await screen.findByRole('heading', { level: 1, name: 'Admin' })).toBeVisible();
    expect(await screen.findByText("You don't have access to this page")).toBeVisible();
    expect(screen.queryByRole('table')).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Try again' })).not.toBeInTheDocument();
    // The nav hides the page from non-admins; the API is what refuses, once, without retries.
    expect(screen.queryByRole('link', { name: 'Admin' })).not.toBeInTheDocument();
    expect(api.requests.filter((r) => r.path === '/api/admin/users')).toHaveLength(1);
  });

  it('offers to try again when the API fails for another reason', async () => {
    expectConsoleError(/^\[api\] users failed: ApiError$/);
    const { config } = await signedIn('ada@example.com', ['admin']);
    let failing = true;
    server.use(
      http.get(`${config.apiUrl}/api/admin/users`, () =>
        failing
          ? HttpResponse.json({ error: 'temporarily_unavailable' }, { status: 503 })
          : undefined,
      ),
    );
    const { user } = await renderApp('/admin', { config });

    const alert = await screen.findByRole('alert', {}, { timeout: 5000 });
    expect(alert).toHaveTextContent('Could not load the users');
    expect(alert).toHaveTextContent('briefly unavailable');

    failing = false;
    await user.click(within(alert).getByRole('button', { name: 'Try again' }));
    expect(await screen.findByRole('table', { name: 'Users the API has seen' })).toBeVisible();
  });

  it('refuses a user list of the wrong shape', async () => {
    expectConsoleError(/^\[api\] users failed: InvalidResponseError$/);
    const { config } = await signedIn('ada@example.com', ['admin']);
    server.use(
      http.get(`${config.apiUrl}/api/admin/users`, () =>
        HttpResponse.json({ users: [{ id: 1, username: { $gt: '' } }] }),
      ),
    );
    await renderApp('/admin', { config });

    expect(await screen.findByRole('alert')).toHaveTextContent(
      'The server sent something unexpected',
    );
  });
});
