import { configure, screen, waitFor, within } from '@testing-library/react';
import { HttpResponse, http } from 'msw';
import { describe, expect, it } from 'vitest';
import { expectConsoleError } from '../console-guard';
import { server } from '../msw-server';
import { renderApp, testConfig } from '../render-app';
import { startDemoApi } from '../support/demo-api';
import { signInAs } from '../support/sign-in-as';
import { startTestCognito } from '../support/test-cognito';

configure({ asyncUtilTimeout: 5000 });

/** Dana with `count` notes ("note 1" oldest), on the notes page. The API pages by 20. */
async function openNotesWith(count: number) {
  const cognito = await startTestCognito();
  await cognito.addUser('dana@example.com');
  const config = await signInAs(cognito, 'dana@example.com');
  const api = await startDemoApi(cognito);
  const dana = await api.userFor('dana@example.com');
  for (let i = 1; i <= count; i++) await api.store.addNote(dana.id, `note ${i}`);
  const view = await renderApp('/notes', { config });
  await screen.findByRole('heading', { level: 1, name: 'Notes' });
  return { ...view, api };
}

const list = () => screen.getByRole('region', { name: 'Your notes' });
const items = () => within(list()).queryAllByRole('listitem');
const status = () => within(screen.getByRole('main')).getByRole('status');
const loadMore = () => screen.queryByRole('button', { name: 'Load more notes' });

describe('notes page: more than one page', () => {
  it('shows the newest 20, then the rest on "Load more notes", and says so', async () => {
    const { user, api } = await openNotesWith(23);
    await within(list()).findByText('note 23');
    expect(items()).toHaveLength(20);

    await user.click(await screen.findByRole('button', { name: 'Load more notes' }));
    await waitFor(() => expect(items()).toHaveLength(23));
    expect(within(items()[22] as HTMLElement).getByText('note 1')).toBeVisible();
    expect(status()).toHaveTextContent('3 more notes loaded.');
    // The last page has no button any more; focus goes back to the list's heading.
    expect(loadMore()).not.toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 2, name: 'Your notes' })).toHaveFocus();
    const reads = api.requests.filter((r) => r.method === 'GET' && r.path === '/api/notes');
    expect(reads).toHaveLength(2);
  });

  it('offers no button when everything fits on one page', async () => {
    await openNotesWith(3);
    await within(list()).findByText('note 3');
    expect(loadMore()).not.toBeInTheDocument();
  });

  it('keeps the loaded notes and offers a retry when the next page fails', async () => {
    const { user } = await openNotesWith(21);
    await within(list()).findByText('note 21');
    server.use(
      http.get(`${testConfig.apiUrl}/api/notes`, ({ request }) =>
        new URL(request.url).searchParams.has('cursor')
          ? HttpResponse.json({ error: 'server_error', message: 'boom' }, { status: 500 })
          : undefined,
      ),
    );
    expectConsoleError(/^\[api\] notes failed: ApiError$/);
    await user.click(await screen.findByRole('button', { name: 'Load more notes' }));

    // After the one retry a 5xx gets.
    expect(
      await screen.findByText('Could not load more notes', {}, { timeout: 8000 }),
    ).toBeVisible();
    expect(items()).toHaveLength(20);
    expect(screen.getByRole('button', { name: /Try again/ })).toBeVisible();
  });
});
