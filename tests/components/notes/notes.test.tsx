import { configure, screen, waitFor, within } from '@testing-library/react';
import { delay, HttpResponse, http } from 'msw';
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

/** Signs Dana in and opens the notes page, with `seed` among her notes already (oldest first). */
async function openNotes(...seed: string[]) {
  const cognito = await startTestCognito();
  await cognito.addUser('dana@example.com');
  const config = await signInAs(cognito, 'dana@example.com');
  const api = await startDemoApi(cognito);
  const dana = await api.userFor('dana@example.com');
  for (const text of seed) await api.store.addNote(dana.id, text);
  const view = await renderApp('/notes', { config });
  await screen.findByRole('heading', { level: 1, name: 'Notes' });
  /** Dana's notes as the API keeps them, newest first. */
  const saved = () => api.store.listNotes(dana.id);
  return { ...view, api, dana, saved, config };
}

const list = () => screen.getByRole('region', { name: 'Your notes' });
const noteTexts = () =>
  within(list())
    .queryAllByRole('listitem')
    .map((item) => item.querySelector('p')?.textContent);
const field = () => screen.getByRole('textbox', { name: /New note/ });
// The page's own polite announcer (the header has its own status line).
const status = () => within(screen.getByRole('main')).getByRole('status');

describe('notes page', () => {
  it('starts empty, then saves a note and shows it at the top', async () => {
    const { user, saved } = await openNotes('Older note');

    expect(await within(list()).findByText('Older note')).toBeVisible();
    await user.type(field(), '  Buy milk  ');
    // Counted as the API counts: after trimming.
    expect(field()).toHaveAccessibleDescription('8 of 500 characters');
    await user.click(screen.getByRole('button', { name: 'Save note' }));

    await waitFor(() => expect(noteTexts()).toEqual(['Buy milk', 'Older note']));
    expect(field()).toHaveValue('');
    expect(status()).toHaveTextContent('Note saved: “Buy milk”.');
    expect((await saved()).map((n) => n.text)).toEqual(['Buy milk', 'Older note']);
  });

  it('says so when there are no notes yet', async () => {
    await openNotes();
    expect(
      await within(list()).findByText('No notes yet. Write your first one above.'),
    ).toBeVisible();
  });

  it('shows a loading state while the list loads', async () => {
    const cognito = await startTestCognito();
    await cognito.addUser('dana@example.com');
    const config = await signInAs(cognito, 'dana@example.com');
    await startDemoApi(cognito);
    server.use(
      http.get(`${config.apiUrl}/api/notes`, async () => {
        await delay(300);
        return undefined;
      }),
    );
    await renderApp('/notes', { config });

    const region = await screen.findByRole('region', { name: 'Your notes' });
    expect(within(region).getByRole('status')).toHaveTextContent('Loading your notes…');
    expect(await within(region).findByText(/No notes yet/)).toBeVisible();
  });

  it('checks the length before sending, and keeps focus on the field', async () => {
    const { user, api } = await openNotes();
    await within(list()).findByText(/No notes yet/);

    await user.click(screen.getByRole('button', { name: 'Save note' }));
    expect(field()).toBeInvalid();
    expect(field()).toHaveFocus();
    expect(field()).toHaveAccessibleDescription(/Write something before saving\./);

    await user.type(field(), '   ');
    await user.click(screen.getByRole('button', { name: 'Save note' }));
    expect(field()).toHaveAccessibleDescription(/Write something before saving\./);

    await user.clear(field());
    await user.click(field());
    await user.paste('x'.repeat(501));
    expect(field()).toHaveAccessibleDescription(/501 of 500 characters/);
    await user.keyboard('{Tab}{Enter}');
    expect(field()).toHaveAccessibleDescription(
      /Notes can be at most 500 characters; this one has 501\./,
    );
    expect(field()).toHaveValue('x'.repeat(501));
    expect(api.requests.filter((r) => r.method === 'POST')).toEqual([]);

    await user.type(field(), '{Backspace}');
    expect(field()).toBeValid();
  });

  it('counts an emoji as one character, as the API does', async () => {
    const { user } = await openNotes();
    await user.type(await screen.findByRole('textbox', { name: /New note/ }), '👋 hi');
    expect(field()).toHaveAccessibleDescription('4 of 500 characters');
  });

  it('keeps what was typed when saving fails, and says why', async () => {
    expectConsoleError(/^\[api\] create-note failed: ApiError$/);
    const { user, config } = await openNotes();
    server.use(
      http.post(`${config.apiUrl}/api/notes`, () =>
        HttpResponse.json({ error: 'temporarily_unavailable' }, { status: 503 }),
      ),
    );

    await user.type(field(), 'Important thought');
    await user.click(screen.getByRole('button', { name: 'Save note' }));

    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Your note was not saved');
    expect(alert).toHaveTextContent('briefly unavailable');
    expect(field()).toHaveValue('Important thought');
    expect(screen.getByRole('button', { name: 'Save note' })).toBeEnabled();
  });

  it('cannot save twice while a save is in flight', async () => {
    const { user, config, api } = await openNotes();
    let posts = 0;
    server.use(
      http.post(`${config.apiUrl}/api/notes`, async () => {
        posts += 1;
        await delay(200);
        return undefined;
      }),
    );
    await user.type(field(), 'Once');
    await user.click(screen.getByRole('button', { name: 'Save note' }));
    expect(screen.getByRole('button', { name: /Saving/ })).toBeDisabled();
    await user.type(field(), '{Enter}');

    await waitFor(() => expect(noteTexts()).toEqual(['Once']));
    expect(posts).toBe(1);
    expect(api.requests.filter((r) => r.method === 'POST')).toHaveLength(1);
  });

  it('deletes a note at once and confirms when the API agrees', async () => {
    const { user, config, saved } = await openNotes('Keep me', 'Delete me');
    let answer: () => void = () => {};
    server.use(
      http.delete(`${config.apiUrl}/api/notes/:id`, async () => {
        await new Promise<void>((resolve) => {
          answer = resolve;
        });
        return undefined;
      }),
    );
    await within(list()).findByText('Delete me');

    await user.click(screen.getByRole('button', { name: 'Delete note: Delete me' }));

    // Gone before the API has answered: the optimistic part.
    expect(noteTexts()).toEqual(['Keep me']);
    expect(screen.getByRole('heading', { level: 2, name: 'Your notes' })).toHaveFocus();
    answer();
    await waitFor(() => expect(status()).toHaveTextContent('Note deleted: “Delete me”.'));
    expect((await saved()).map((n) => n.text)).toEqual(['Keep me']);
    expect(noteTexts()).toEqual(['Keep me']);
  });

  it('puts a note back where it was when the delete fails, and says so', async () => {
    expectConsoleError(/^\[api\] delete-note failed: ApiError$/);
    const { user, config, saved } = await openNotes('Third', 'Second', 'First');
    server.use(
      http.delete(`${config.apiUrl}/api/notes/:id`, async () => {
        await delay(100);
        return HttpResponse.json({ error: 'server_error' }, { status: 500 });
      }),
    );
    await within(list()).findByText('Second');

    await user.click(screen.getByRole('button', { name: 'Delete note: Second' }));
    expect(noteTexts()).toEqual(['First', 'Third']);

    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('The note was not deleted');
    expect(alert).toHaveTextContent('“Second” is back in your list.');
    expect(noteTexts()).toEqual(['First', 'Second', 'Third']);
    expect(await saved()).toHaveLength(3);
  });

  it('treats a note that is already gone as deleted', async () => {
    const { user, api, dana, saved } = await openNotes('Stale');
    await within(list()).findByText('Stale');
    const [stale] = await saved();
    await api.store.deleteNote(dana.id, stale?.id ?? '');

    await user.click(screen.getByRole('button', { name: 'Delete note: Stale' }));

    await waitFor(() => expect(status()).toHaveTextContent('Note deleted: “Stale”.'));
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  it('shows a retryable error when the list cannot be loaded', async () => {
    expectConsoleError(/^\[api\] notes failed: NetworkError$/);
    const cognito = await startTestCognito();
    await cognito.addUser('dana@example.com');
    const config = await signInAs(cognito, 'dana@example.com');
    await startDemoApi(cognito);
    let reachable = false;
    server.use(
      http.get(`${config.apiUrl}/api/notes`, () => (reachable ? undefined : HttpResponse.error())),
    );
    const { user } = await renderApp('/notes', { config });

    const alert = await screen.findByRole('alert', {}, { timeout: 5000 });
    expect(alert).toHaveTextContent('Could not load your notes');
    expect(alert).toHaveTextContent('could not be reached');

    reachable = true;
    await user.click(within(alert).getByRole('button', { name: 'Try again' }));
    expect(await screen.findByText(/No notes yet/)).toBeVisible();
  });

  it('shows note text as text, never as markup', async () => {
    const { user } = await openNotes();
    await user.type(field(), '<img src=x onerror=alert(1)>');
    await user.click(screen.getByRole('button', { name: 'Save note' }));

    expect(await within(list()).findByText('<img src=x onerror=alert(1)>')).toBeVisible();
    expect(list().querySelector('img')).toBeNull();
  });
});
