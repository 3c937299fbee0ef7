import { configure, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { renderApp } from '../render-app';
import { watchCognitoTraffic } from '../support/cognito-traffic';
import { signInAs } from '../support/sign-in-as';
import { startTestCognito } from '../support/test-cognito';

// Each test signs in and boots the whole app; on a busy 2-core machine a page can
// take more than the default second to appear.
configure({ asyncUtilTimeout: 5000 });

let traffic: ReturnType<typeof watchCognitoTraffic> | undefined;
afterEach(() => traffic?.stop());

/** The value cell of the row headed by `claim` in `table`. */
function cellOf(table: HTMLElement, claim: string): HTMLElement {
  const header = within(table).getByRole('rowheader', { name: claim });
  const cell = header.nextElementSibling;
  if (!(cell instanceof HTMLElement)) throw new Error(`no value for ${claim}`);
  return cell;
}

describe('claims page', () => {
  it('lists every claim of both tokens, readable, and never the tokens themselves', async () => {
    const cognito = await startTestCognito();
    await cognito.addUser('dana@example.com', { name: 'Dana Demo' });
    await cognito.emulator.call('CreateGroup', { UserPoolId: cognito.poolId, GroupName: 'admin' });
    await cognito.emulator.call('CreateGroup', {
      UserPoolId: cognito.poolId,
      GroupName: 'editors',
    });
    for (const GroupName of ['admin', 'editors']) {
      await cognito.emulator.call('AdminAddUserToGroup', {
        UserPoolId: cognito.poolId,
        Username: 'dana@example.com',
        GroupName,
      });
    }
    const config = await signInAs(cognito, 'dana@example.com');
    traffic = watchCognitoTraffic();
    await renderApp('/profile/claims', { config });

    expect(await screen.findByRole('heading', { level: 1, name: 'Token claims' })).toBeVisible();
    const idTable = screen.getByRole('table', { name: 'ID token claims' });
    const accessTable = screen.getByRole('table', { name: 'Access token claims' });
    expect(cellOf(idTable, 'token_use')).toHaveTextContent(/^id$/);
    expect(cellOf(accessTable, 'token_use')).toHaveTextContent(/^access$/);
    expect(cellOf(idTable, 'name')).toHaveTextContent('Dana Demo');
    expect(cellOf(idTable, 'email_verified')).toHaveTextContent(/^true$/);
    expect(cellOf(accessTable, 'scope')).toHaveTextContent('aws.cognito.signin.user.admin');

    // Epoch times: the number as issued, and a date a person can read.
    const exp = cellOf(accessTable, 'exp');
    const seconds = Number(exp.querySelector('code')?.textContent);
    expect(seconds).toBeGreaterThan(Date.now() / 1000);
    expect(within(exp).getByText(/\d{4}/, { selector: 'time' })).toHaveAttribute(
      'datetime',
      new Date(seconds * 1000).toISOString(),
    );
    for (const claim of ['iat', 'auth_time']) {
      expect(cellOf(idTable, claim).querySelector('time')).not.toBeNull();
    }

    // Arrays as lists, one item each.
    const groups = within(cellOf(idTable, 'cognito:groups')).getAllByRole('listitem');
    expect(groups.map((item) => item.textContent)).toEqual(['admin', 'editors']);

    // Claims sorted by name, so both tables read the same way.
    const names = within(idTable)
      .getAllByRole('rowheader')
      .map((header) => header.textContent ?? '');
    expect(names).toEqual([...names].sort((a, b) => a.localeCompare(b)));

    // The raw JWTs live in storage; none of them may reach the page.
    const stored = Object.keys(localStorage)
      .filter((key) => /(idToken|accessToken|refreshToken)$/.test(key))
      .map((key) => localStorage.getItem(key) ?? '');
    expect(stored).toHaveLength(3);
    for (const token of stored) {
      expect(document.body.innerHTML).not.toContain(token);
      expect(document.body.innerHTML).not.toContain(token.split('.')[2] ?? token);
    }
    expect(traffic.operations).toEqual([]);
  });
});
