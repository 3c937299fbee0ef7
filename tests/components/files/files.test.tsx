import { File as NodeFile } from 'node:buffer';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { delay, HttpResponse, http } from 'msw';
import { describe, expect, it, vi } from 'vitest';
import { expectConsoleError } from '../console-guard';
import { server } from '../msw-server';
import { renderApp } from '../render-app';
import { startDemoApi } from '../support/demo-api';
import { signInAs } from '../support/sign-in-as';
import { startTestCognito } from '../support/test-cognito';
import { identityIdOf, openAsDana } from './support';

const filesRegion = () => screen.getByRole('region', { name: 'Your files' });
const names = () =>
  within(filesRegion())
    .queryAllByRole('listitem')
    .map((item) => item.querySelector('p')?.textContent);
/**
 * A file as the picker gives it. Node's File, not jsdom's: MSW's XMLHttpRequest interceptor
 * (Amplify uploads by XHR, for progress events) cannot read a jsdom Blob's bytes.
 */
const aFile = (text: string, name: string, type = 'text/plain') =>
  new NodeFile([text], name, { type }) as unknown as File;
const picker = () => screen.getByLabelText('Choose a file to upload');

describe('files page', () => {
  it('is offered in the header only with an identity pool and a bucket', async () => {
    await openAsDana('/profile');
    const nav = screen.getByRole('navigation', { name: 'Main' });
    expect(within(nav).getByRole('link', { name: 'Files' })).toHaveAttribute('href', '/files');
  });

  it('is not offered without an identity pool', async () => {
    const cognito = await startTestCognito();
    await cognito.addUser('dana@example.com');
    const config = await signInAs(cognito, 'dana@example.com');
    await startDemoApi(cognito);
    await renderApp('/profile', { config });
    const nav = await screen.findByRole('navigation', { name: 'Main' });
    await within(nav).findByRole('link', { name: 'Profile' });
    expect(within(nav).queryByRole('link', { name: 'Files' })).toBeNull();
  });

  it('starts empty, uploads a file into the private folder and lists it', async () => {
    const { user, s3, cognito, identityPoolId } = await openAsDana('/files');
    expect(
      await within(filesRegion()).findByText('No files yet. Upload your first one above.'),
    ).toBeVisible();

    await user.upload(picker(), aFile('hello, files', 'notes.txt'));

    expect(await screen.findByText('Uploaded “notes.txt”.')).toBeVisible();
    await waitFor(() => expect(names()).toEqual(['notes.txt']));
    expect(within(filesRegion()).getByText(/12 bytes/)).toBeVisible();
    const [identityId] = await identityIdOf(cognito, identityPoolId);
    expect([...s3.objects.keys()]).toEqual([`private/${identityId}/notes.txt`]);
    expect(new TextDecoder().decode(s3.objects.get(`private/${identityId}/notes.txt`)?.body)).toBe(
      'hello, files',
    );
  });

  it('shows a labelled progress bar while uploading, and can cancel', async () => {
    const { user, s3 } = await openAsDana('/files');
    await within(filesRegion()).findByText(/No files yet/);
    // Holds the upload open so the bar can be seen and cancelled.
    server.use(http.put(`https://${s3.storage.endpoint}/*`, () => delay('infinite')));

    await user.upload(picker(), aFile('slow', 'slow.txt'));

    expect(await screen.findByRole('progressbar', { name: 'Uploading slow.txt' })).toBeVisible();
    expect(picker()).toBeDisabled();
    await user.click(screen.getByRole('button', { name: 'Cancel upload' }));
    expect(await screen.findByText('Upload of “slow.txt” cancelled.')).toBeVisible();
    expect(screen.queryByRole('progressbar')).toBeNull();
    expect(picker()).toBeEnabled();
    expect(s3.objects.size).toBe(0);
  });

  it('uploads a file dropped onto the upload area', async () => {
    const { s3 } = await openAsDana('/files');
    await within(filesRegion()).findByText(/No files yet/);
    const zone = picker().closest('.files-drop-zone') as HTMLElement;

    fireEvent.dragOver(zone, { dataTransfer: { files: [], dropEffect: 'none' } });
    fireEvent.drop(zone, { dataTransfer: { files: [aFile('dropped', 'dropped.txt')] } });

    expect(await screen.findByText('Uploaded “dropped.txt”.')).toBeVisible();
    await waitFor(() => expect(names()).toEqual(['dropped.txt']));
    expect(s3.objects.size).toBe(1);
  });

  it('refuses a file over the configured limit with a clear message', async () => {
    const { user, s3 } = await openAsDana('/files');
    await within(filesRegion()).findByText(/No files yet/);

    await user.upload(picker(), aFile('x'.repeat(2000), 'big.bin'));

    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('File too large');
    expect(alert).toHaveTextContent('“big.bin” is 2 kB; files can be at most 1 kB.');
    expect(s3.objects.size).toBe(0);
  });

  it('lists names as text, downloads through a presigned link, and deletes after asking', async () => {
    const { user, s3, cognito, identityPoolId } = await openAsDana('/profile');
    // The first visit creates the identity; seed its folder, then open Files.
    await user.click(screen.getByRole('button', { name: 'Show AWS identity' }));
    await screen.findByText('Identity ID');
    const [identityId] = await identityIdOf(cognito, identityPoolId);
    const tricky = `<b>not bold</b> ${'long'.repeat(30)}.txt`;
    s3.put(`private/${identityId}/${tricky}`, 'tricky');
    s3.put(`private/${identityId}/report.pdf`, 'pdf bytes');
    s3.put('private/someone-else/secret.txt', 'not yours');
    await user.click(screen.getByRole('link', { name: 'Files' }));

    await waitFor(() => expect(names()?.sort()).toEqual([tricky, 'report.pdf'].sort()));
    expect(within(filesRegion()).queryByText('not bold', { selector: 'b' })).toBeNull();

    const clicked = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => {});
    await user.click(screen.getByRole('button', { name: 'Download report.pdf' }));
    await waitFor(() => expect(clicked).toHaveBeenCalledOnce());
    const link = (clicked.mock.contexts[0] as HTMLAnchorElement).href;
    clicked.mockRestore();
    const response = await fetch(link);
    expect(response.status).toBe(200);
    expect(await response.text()).toBe('pdf bytes');
    expect(response.headers.get('content-disposition')).toBe(
      "attachment; filename*=UTF-8''report.pdf",
    );

    await user.click(screen.getByRole('button', { name: 'Delete report.pdf' }));
    const question = screen.getByText('Delete “report.pdf”? It cannot be recovered.');
    expect(question).toHaveFocus();
    await user.keyboard('{Escape}');
    expect(screen.getByRole('button', { name: 'Delete report.pdf' })).toBeVisible();

    await user.click(screen.getByRole('button', { name: 'Delete report.pdf' }));
    await user.click(screen.getByRole('button', { name: 'Delete file' }));
    expect(await screen.findByText('Deleted “report.pdf”.')).toBeVisible();
    // Its row (and the button that had focus) is gone: the list holds the focus.
    expect(filesRegion().contains(document.activeElement)).toBe(true);
    await waitFor(() => expect(names()).toEqual([tricky]));
    expect(s3.objects.has(`private/${identityId}/report.pdf`)).toBe(false);
    expect(s3.objects.has('private/someone-else/secret.txt')).toBe(true);
  });

  it('says why the list failed and lists again on request', async () => {
    const { user, s3 } = await openAsDana('/profile');
    expectConsoleError(/files failed: NetworkError/);
    let refuse = true;
    server.use(
      http.get(`https://${s3.storage.endpoint}/${s3.storage.bucket}`, () =>
        refuse ? HttpResponse.error() : undefined,
      ),
    );
    await user.click(screen.getByRole('link', { name: 'Files' }));

    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Your files could not be listed');
    expect(alert).toHaveTextContent("We couldn't reach the file store.");
    refuse = false;
    await user.click(within(alert).getByRole('button', { name: 'Try again' }));
    expect(await within(filesRegion()).findByText(/No files yet/)).toBeVisible();
  });
});

describe('profile identity card', () => {
  it('shows the identity id and when the credentials expire, never the keys', async () => {
    const { user, cognito, identityPoolId } = await openAsDana('/profile');
    const card = screen.getByRole('region', { name: 'Your AWS identity' });

    await user.click(within(card).getByRole('button', { name: 'Show AWS identity' }));

    expect(await within(card).findByText('AWS credentials expire')).toBeVisible();
    const [identityId] = await identityIdOf(cognito, identityPoolId);
    expect(within(card).getByText(identityId as string)).toBeVisible();
    expect(card.querySelector('time')?.getAttribute('dateTime')).toMatch(/^\d{4}-/);
    expect(card.textContent).not.toMatch(/ASIA|secret|session token/i);
  });
});
