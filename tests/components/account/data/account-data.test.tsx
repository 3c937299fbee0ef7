import { configure, screen, waitFor, within } from '@testing-library/react';
import { HttpResponse, http } from 'msw';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { expectConsoleError } from '../../console-guard';
import { server } from '../../msw-server';
import { renderApp } from '../../render-app';
import { startDemoApi } from '../../support/demo-api';
import { cognitoError, overrideCognito } from '../../support/override-cognito';
import { signInAs } from '../../support/sign-in-as';
import { startTestCognito, type TestCognito } from '../../support/test-cognito';

// Each test signs in and boots the whole app; on a busy machine that takes a while.
configure({ asyncUtilTimeout: 5000 });

const EMAIL = 'dana@example.com';

/** Files the page saved: the anchor's name and the Blob behind its object URL. */
interface SavedFile {
  readonly name: string;
  readonly blob: Blob;
}

// jsdom has no object URLs and cannot download; the page's link click is caught instead.
const blobs = new Map<string, Blob>();
let saved: SavedFile[] = [];
const catchDownload = (event: MouseEvent) => {
  const link = event.target;
  if (!(link instanceof HTMLAnchorElement) || !link.download) return;
  event.preventDefault();
  const blob = blobs.get(link.href);
  if (blob) saved.push({ name: link.download, blob });
};

beforeEach(() => {
  saved = [];
  // Left in place after the file: the page revokes its URL on a timer that may fire later.
  URL.createObjectURL = (blob: Blob) => {
    const url = `blob:http://localhost/${blobs.size + 1}`;
    blobs.set(url, blob);
    return url;
  };
  URL.revokeObjectURL = (url: string) => void blobs.delete(url);
  document.addEventListener('click', catchDownload, true);
});

afterEach(() => {
  document.removeEventListener('click', catchDownload, true);
});

/** Dana, signed in with one note in the API, on the data page. */
async function openDataPage(overrides: Record<string, unknown> = {}) {
  const pool = await startTestCognito();
  await pool.addUser(EMAIL, { name: 'Dana Demo' });
  const config = await signInAs(pool, EMAIL, overrides);
  const api = await startDemoApi(pool);
  const dana = await api.userFor(EMAIL);
  await api.store.addNote(dana.id, 'Buy milk');
  const view = await renderApp('/account/data', { config });
  await screen.findByRole('heading', { level: 1, name: 'Your data' });
  const deletes = () => api.requests.filter((r) => r.method === 'DELETE' && r.path === '/api/me');
  return { ...view, cognito: pool, api, dana, config, deletes };
}

const section = (name: string) => screen.getByRole('region', { name });
const confirmField = () => screen.getByRole('textbox', { name: 'Type DELETE to confirm' });
const pageStatus = () =>
  within(screen.getByRole('main'))
    .getAllByRole('status')
    .find((element) => element.getAttribute('aria-atomic') === 'true');

/** Whether Cognito still has the user, asked as an admin would. */
async function cognitoHasUser(cognito: TestCognito): Promise<boolean> {
  try {
    await cognito.emulator.call('AdminGetUser', { UserPoolId: cognito.poolId, Username: EMAIL });
    return true;
  } catch (error) {
    if (error instanceof Error && error.name === 'UserNotFoundException') return false;
    throw error;
  }
}

const storedTokens = () =>
  Object.keys(localStorage).filter((key) => key.startsWith('CognitoIdentityServiceProvider.'));

describe('download your data', () => {
  it('saves one timestamped JSON file with the Cognito attributes, the API record and the notes', async () => {
    const { user, dana } = await openDataPage();
    const button = within(section('Download your data')).getByRole('button', {
      name: 'Download your data',
    });
    await user.click(button);

    await within(section('Download your data')).findByText(/Saved as/);
    expect(saved).toHaveLength(1);
    const [file] = saved;
    expect(file?.name).toMatch(/^your-data-\d{4}-\d\d-\d\dT\d\d-\d\d-\d\dZ\.json$/);
    expect(file?.blob.type).toBe('application/json');
    const data = JSON.parse((await file?.blob.text()) ?? '');
    expect(data).toEqual({
      format: 'cognito-spa/your-data@1',
      exportedAt: expect.any(String),
      signInAccount: {
        attributes: expect.objectContaining({
          email: EMAIL,
          email_verified: 'true',
          name: 'Dana Demo',
          sub: dana.sub,
        }),
        twoStepVerification: { enabled: [] },
      },
      api: {
        user: expect.objectContaining({ id: dana.id, sub: dana.sub }),
        notes: [expect.objectContaining({ text: 'Buy milk' })],
      },
    });
    expect(file?.name).toBe(
      `your-data-${data.exportedAt.replace(/\.\d+Z$/, 'Z').replace(/:/g, '-')}.json`,
    );
    expect(button).toHaveFocus();
    await waitFor(() => expect(pageStatus()).toHaveTextContent(`downloaded as ${file?.name}`));
  });

  it('adds the passkeys and devices where the app offers them', async () => {
    const { user } = await openDataPage({
      signInFlow: 'choice',
      passwordless: ['WEB_AUTHN'],
      rememberDevices: 'opt-in',
    });
    expect(section('Download your data')).toHaveTextContent(
      'two-step verification settings and your passkeys and devices',
    );
    await user.click(screen.getByRole('button', { name: 'Download your data' }));
    await screen.findByText(/Saved as/);
    const data = JSON.parse((await saved[0]?.blob.text()) ?? '');
    expect(data.signInAccount).toMatchObject({ passkeys: [], devices: [] });
  });

  it('says why when the data cannot be gathered, and tries again', async () => {
    expectConsoleError(/^\[account\] download-your-data failed: ApiError$/);
    const { user, config } = await openDataPage();
    server.use(
      http.get(
        `${config.apiUrl}/api/me/export`,
        () => HttpResponse.json({ error: 'temporarily_unavailable' }, { status: 503 }),
        { once: true },
      ),
    );
    await user.click(screen.getByRole('button', { name: 'Download your data' }));

    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Your data was not downloaded');
    expect(alert).toHaveTextContent('The service is busy or briefly unavailable.');
    await waitFor(() => expect(alert).toHaveFocus());
    expect(saved).toEqual([]);

    await user.click(within(alert).getByRole('button', { name: 'Try again' }));
    await screen.findByText(/Saved as/);
    expect(saved).toHaveLength(1);
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });
});

describe('delete your account', () => {
  it('asks for DELETE typed out before deleting anything', async () => {
    const { user, cognito, api, dana, deletes } = await openDataPage();
    const submit = screen.getByRole('button', { name: 'Delete my account' });

    await user.click(submit);
    expect(confirmField()).toBeInvalid();
    expect(confirmField()).toHaveFocus();
    expect(confirmField()).toHaveAccessibleDescription(
      'Type DELETE to confirm that you want to delete your account.',
    );

    await user.type(confirmField(), 'delete it');
    await user.keyboard('{Enter}');
    expect(confirmField()).toBeInvalid();

    expect(deletes()).toEqual([]);
    expect(await api.store.listNotes(dana.id)).toHaveLength(1);
    expect(await cognitoHasUser(cognito)).toBe(true);

    await user.clear(confirmField());
    await user.type(confirmField(), 'DELETE');
    expect(confirmField()).toBeValid();
  });

  it('deletes the API data, then the sign-in account, and says goodbye signed out', async () => {
    const { user, cognito, api, dana, deletes } = await openDataPage();
    await user.type(confirmField(), 'DELETE');
    await user.click(screen.getByRole('button', { name: 'Delete my account' }));

    const heading = await screen.findByRole('heading', {
      level: 1,
      name: 'Your account has been deleted',
    });
    expect(window.location.pathname).toBe('/goodbye');
    await waitFor(() => expect(heading).toHaveFocus());
    expect(screen.getByRole('link', { name: 'Create a new account' })).toHaveAttribute(
      'href',
      '/sign-up',
    );

    expect(deletes()).toHaveLength(1);
    expect((await api.store.listUsers()).map((u) => u.sub)).not.toContain(dana.sub);
    expect(await api.store.listNotes(dana.id)).toEqual([]);
    expect(await cognitoHasUser(cognito)).toBe(false);
    expect(storedTokens().filter((key) => /Token$/.test(key))).toEqual([]);
    expect(screen.queryByRole('button', { name: 'Sign out' })).not.toBeInTheDocument();
  });

  it('deletes nothing when the API step fails, and says so', async () => {
    expectConsoleError(/^\[account\] delete-api-data failed: ApiError$/);
    const { user, cognito, api, dana, config } = await openDataPage();
    server.use(
      http.delete(`${config.apiUrl}/api/me`, () =>
        HttpResponse.json({ error: 'server_error' }, { status: 500 }),
      ),
    );
    await user.type(confirmField(), 'DELETE');
    await user.click(screen.getByRole('button', { name: 'Delete my account' }));

    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Your account was not deleted');
    expect(alert).toHaveTextContent('Nothing was deleted. The server had a problem (error 500).');
    await waitFor(() => expect(alert).toHaveFocus());
    expect(window.location.pathname).toBe('/account/data');
    expect(await api.store.listNotes(dana.id)).toHaveLength(1);
    expect(await cognitoHasUser(cognito)).toBe(true);
    expect(screen.getByRole('button', { name: 'Delete my account' })).toBeEnabled();
  });

  it('says exactly what is left when Cognito fails after the API step, and retries only that', async () => {
    expectConsoleError(/^\[account\] delete-user failed: InternalErrorException$/);
    const { user, cognito, api, dana, deletes } = await openDataPage();
    let refusals = 0;
    overrideCognito('DeleteUser', () => {
      if (refusals > 0) return undefined;
      refusals += 1;
      return cognitoError('InternalErrorException', 'Internal error');
    });
    await user.type(confirmField(), 'DELETE');
    await user.click(screen.getByRole('button', { name: 'Delete my account' }));

    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Your account is only partly deleted');
    expect(alert).toHaveTextContent(
      'Your notes and your record in the app’s API are deleted, but your sign-in account still exists.',
    );
    expect(alert).toHaveTextContent('The sign-in service had a problem.');
    await waitFor(() => expect(alert).toHaveFocus());
    expect(await api.store.listNotes(dana.id)).toEqual([]);
    expect(await cognitoHasUser(cognito)).toBe(true);
    expect(screen.queryByRole('textbox', { name: 'Type DELETE to confirm' })).toBeNull();

    await user.click(within(alert).getByRole('button', { name: 'Delete my sign-in account' }));
    await screen.findByRole('heading', { level: 1, name: 'Your account has been deleted' });
    expect(deletes()).toHaveLength(1);
    expect(await cognitoHasUser(cognito)).toBe(false);
  });

  it('sends the user to sign in again when the session ended between the steps', async () => {
    expectConsoleError(/^\[account\] delete-user failed: NotAuthorizedException$/);
    const { user, cognito } = await openDataPage();
    overrideCognito('DeleteUser', () =>
      cognitoError('NotAuthorizedException', 'Access Token has been revoked'),
    );
    await user.type(confirmField(), 'DELETE');
    await user.click(screen.getByRole('button', { name: 'Delete my account' }));

    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent(
      'Your session ended before your sign-in account could be deleted.',
    );
    expect(within(alert).queryByRole('button', { name: 'Delete my sign-in account' })).toBeNull();
    expect(await cognitoHasUser(cognito)).toBe(true);

    await user.click(within(alert).getByRole('button', { name: 'Sign in again' }));
    await screen.findByRole('heading', { level: 1, name: 'Sign in' });
    const { pathname, searchParams } = new URL(window.location.href);
    expect(pathname).toBe('/sign-in');
    expect(searchParams.get('redirectTo')).toBe('/account/data');
    expect(searchParams.get('reason')).toBe('session-ended');
  });

  it('works from the keyboard alone', async () => {
    const { user } = await openDataPage();
    confirmField().focus();
    await user.keyboard('DELETE');
    await user.tab();
    expect(screen.getByRole('button', { name: 'Delete my account' })).toHaveFocus();
    await user.keyboard('{Enter}');
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Your account has been deleted' }),
    ).toBeVisible();
  });
});

describe('the goodbye page', () => {
  it('opens cold, signed out, with a way home and a way to sign up', async () => {
    await startTestCognito();
    await renderApp('/goodbye');
    const heading = await screen.findByRole('heading', {
      level: 1,
      name: 'Your account has been deleted',
    });
    await waitFor(() => expect(heading).toHaveFocus());
    expect(screen.getByRole('link', { name: 'Go to the home page' })).toHaveAttribute('href', '/');
    expect(screen.getByRole('link', { name: 'Create a new account' })).toHaveAttribute(
      'href',
      '/sign-up',
    );
  });
});
