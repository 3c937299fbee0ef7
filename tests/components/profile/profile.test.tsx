import { configure, screen, within } from '@testing-library/react';
import { HttpResponse, http } from 'msw';
import { afterEach, describe, expect, it } from 'vitest';
import { expectConsoleError } from '../console-guard';
import { server } from '../msw-server';
import { renderApp } from '../render-app';
import { watchCognitoTraffic } from '../support/cognito-traffic';
import { startDemoApi } from '../support/demo-api';
import { signInAs } from '../support/sign-in-as';
import { startTestCognito } from '../support/test-cognito';

// Each test signs in and boots the whole app; on a busy 2-core machine a page can
// take more than the default second to appear.
configure({ asyncUtilTimeout: 5000 });

const EMAIL = 'dana@example.com';
let traffic: ReturnType<typeof watchCognitoTraffic> | undefined;

afterEach(() => traffic?.stop());

/** The value next to a term in a description list inside `container`. */
function detailOf(container: HTMLElement, term: string): HTMLElement {
  const dt = within(container).getByText(term, { selector: 'dt' });
  const dd = dt.nextElementSibling;
  if (!(dd instanceof HTMLElement)) throw new Error(`no value for ${term}`);
  return dd;
}

async function signedInDana() {
  const cognito = await startTestCognito({
    Schema: [{ Name: 'department', AttributeDataType: 'String', Mutable: true }],
  });
  await cognito.addUser(EMAIL, {
    name: 'Dana Demo',
    phone_number: '+15555550123',
    phone_number_verified: 'false',
    'custom:department': 'Research',
  });
  await cognito.emulator.call('CreateGroup', { UserPoolId: cognito.poolId, GroupName: 'editors' });
  await cognito.emulator.call('AdminAddUserToGroup', {
    UserPoolId: cognito.poolId,
    Username: EMAIL,
    GroupName: 'editors',
  });
  const config = await signInAs(cognito, EMAIL);
  return { cognito, config };
}

describe('profile page', () => {
  it('shows who you are from the ID token, and renders without calling Cognito', async () => {
    const { cognito, config } = await signedInDana();
    const api = await startDemoApi(cognito);
    const dana = await api.userFor(EMAIL);
    traffic = watchCognitoTraffic();
    await renderApp('/profile', { config });

    expect(await screen.findByRole('heading', { level: 1, name: 'Your profile' })).toBeVisible();
    const identity = screen.getByRole('region', { name: 'Identity' });
    expect(detailOf(identity, 'Name')).toHaveTextContent('Dana Demo');
    expect(detailOf(identity, 'Email')).toHaveTextContent(`${EMAIL}Verified`);
    expect(detailOf(identity, 'Phone')).toHaveTextContent('+15555550123Not verified');
    expect(detailOf(identity, 'Username')).toHaveTextContent(/^[0-9a-f-]{36}$/);
    expect(detailOf(identity, 'User ID (sub)')).toHaveTextContent(/^[0-9a-f-]{36}$/);
    expect(within(detailOf(identity, 'Groups')).getByRole('listitem')).toHaveTextContent('editors');
    const custom = screen.getByRole('region', { name: 'Custom attributes' });
    expect(detailOf(custom, 'custom:department')).toHaveTextContent('Research');
    const session = screen.getByRole('region', { name: 'Session' });
    const signedIn = within(detailOf(session, 'Signed in')).getByText(/\d/, { selector: 'time' });
    expect(Date.now() - Date.parse(signedIn.getAttribute('datetime') ?? '')).toBeLessThan(60_000);
    expect(detailOf(session, 'ID token expires')).toHaveTextContent(
      /^in (59 min \d\d s|1 h 00 min)/,
    );

    // The API section loads on its own; by then the page has long finished rendering.
    const record = screen.getByRole('region', { name: 'Your record in the API' });
    expect(await within(record).findByText(dana.id)).toBeVisible();
    expect(detailOf(record, 'Created').querySelector('time')).toHaveAttribute('datetime');
    expect(api.requests).toEqual([
      { method: 'GET', path: '/api/me', authorization: expect.stringMatching(/^Bearer ey/) },
    ]);
    expect(traffic.operations).toEqual([]);
  });

  it('says when the email is not verified and when attributes are missing', async () => {
    const cognito = await startTestCognito();
    await cognito.addUser('sam@example.com', { email_verified: 'false' });
    const config = await signInAs(cognito, 'sam@example.com');
    const sam = await (await startDemoApi(cognito)).userFor('sam@example.com');
    await renderApp('/profile', { config });

    const identity = await screen.findByRole('region', { name: 'Identity' });
    expect(detailOf(identity, 'Email')).toHaveTextContent('sam@example.comNot verified');
    expect(detailOf(identity, 'Name')).toHaveTextContent('Not set');
    expect(detailOf(identity, 'Phone')).toHaveTextContent('Not set');
    expect(detailOf(identity, 'Groups')).toHaveTextContent('None');
    expect(screen.getByRole('region', { name: 'Custom attributes' })).toHaveTextContent(
      'This account has no custom attributes.',
    );
    await screen.findByText(sam.id);
  });

  it('shows a loading state, then a retryable error when the API fails', async () => {
    expectConsoleError(/^\[api\] me failed: ApiError$/);
    const { cognito, config } = await signedInDana();
    const dana = await (await startDemoApi(cognito)).userFor(EMAIL);
    let calls = 0;
    let failing = true;
    server.use(
      http.get(`${config.apiUrl}/api/me`, () => {
        if (!failing) return undefined;
        calls += 1;
        return HttpResponse.json({ error: 'server_error' }, { status: 500 });
      }),
    );
    const { user } = await renderApp('/profile', { config });

    const record = await screen.findByRole('region', { name: 'Your record in the API' });
    expect(within(record).getByRole('status')).toHaveTextContent('Loading your API record…');
    const alert = await within(record).findByRole('alert', {}, { timeout: 5000 });
    expect(alert).toHaveTextContent('Could not load your API record');
    expect(alert).toHaveTextContent('The server had a problem (error 500)');
    // One automatic retry for a server error, then the user decides.
    expect(calls).toBe(2);

    failing = false;
    await user.click(within(alert).getByRole('button', { name: 'Try again' }));
    expect(await within(record).findByText(dana.id)).toBeVisible();
    // The identity part never depended on the API.
    expect(screen.getByRole('region', { name: 'Identity' })).toHaveTextContent(EMAIL);
  });

  it('says the API could not be reached on a network failure', async () => {
    expectConsoleError(/^\[api\] me failed: NetworkError$/);
    const { config } = await signedInDana();
    server.use(http.get(`${config.apiUrl}/api/me`, () => HttpResponse.error()));
    await renderApp('/profile', { config });

    const record = await screen.findByRole('region', { name: 'Your record in the API' });
    expect(await within(record).findByRole('alert', {}, { timeout: 5000 })).toHaveTextContent(
      'The server could not be reached',
    );
  });

  it('refuses a response that does not have the expected shape', async () => {
    expectConsoleError(/^\[api\] me failed: InvalidResponseError$/);
    const { config } = await signedInDana();
    server.use(
      http.get(`${config.apiUrl}/api/me`, () =>
        HttpResponse.json({ user: { id: '<b>x</b>', createdAt: 'yesterday' } }),
      ),
    );
    await renderApp('/profile', { config });

    const record = await screen.findByRole('region', { name: 'Your record in the API' });
    expect(await within(record).findByRole('alert')).toHaveTextContent(
      'The server sent something unexpected',
    );
    expect(screen.queryByText('<b>x</b>')).not.toBeInTheDocument();
  });

  it('links to the claims page', async () => {
    const { cognito, config } = await signedInDana();
    await startDemoApi(cognito);
    const { user } = await renderApp('/profile', { config });

    await user.click(await screen.findByRole('link', { name: 'See every claim' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Token claims' })).toBeVisible();
  });
});
