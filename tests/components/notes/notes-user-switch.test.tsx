import { configure, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderApp } from '../render-app';
import { startDemoApi } from '../support/demo-api';
import { signInAs } from '../support/sign-in-as';
import { startTestCognito, TEST_PASSWORD } from '../support/test-cognito';

// Each test signs in and boots the whole app; on a busy 2-core machine a page can
// take more than the default second to appear.
configure({ asyncUtilTimeout: 8000 });

describe('notes after a change of user in the same tab', () => {
  it("never shows the previous user's notes, not even for a moment", async () => {
    const cognito = await startTestCognito();
    await cognito.addUser('a@example.com');
    await cognito.addUser('b@example.com');
    const config = await signInAs(cognito, 'a@example.com');
    await startDemoApi(cognito);
    const { user } = await renderApp('/notes', { config });
    await user.type(await screen.findByRole('textbox', { name: /New note/ }), 'A private note');
    await user.click(screen.getByRole('button', { name: 'Save note' }));
    await within(screen.getByRole('region', { name: 'Your notes' })).findByText('A private note');

    await user.click(screen.getByRole('button', { name: 'Sign out' }));
    await user.type(
      await screen.findByRole('textbox', { name: /email|username/i }),
      'b@example.com',
    );
    await user.type(screen.getByLabelText('Password'), TEST_PASSWORD);
    await user.click(screen.getByRole('button', { name: 'Sign in' }));
    // The header, and the home page once it shows, both say who is signed in.
    await screen.findAllByText('b@example.com', { selector: 'strong' });

    const leaks: string[] = [];
    const observer = new MutationObserver(() => {
      if (document.body.textContent?.includes('A private note')) leaks.push(document.title);
    });
    observer.observe(document.body, { subtree: true, childList: true, characterData: true });
    await user.click(screen.getByRole('link', { name: 'Notes' }));
    await screen.findByText('No notes yet. Write your first one above.');
    observer.disconnect();

    expect(leaks).toEqual([]);
  });
});
