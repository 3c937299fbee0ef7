/**
 * @vitest-environment-options {"url": "http://localhost:3000/"}
 *
 * vi.mock below can only replace modules no earlier file of the worker has loaded: the app project
 * shares workers between files (isolate: false). Environment options of its own (jsdom's default
 * URL, spelled out) give this file a fresh worker.
 */
import { screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { expectConsoleError } from './console-guard';
import { renderApp } from './render-app';

// What the next start-up should throw, and from where; nothing means start up normally.
const failure = vi.hoisted(() => ({
  router: undefined as unknown,
  session: undefined as unknown,
}));

vi.mock('../../src/app/router', async (importOriginal) => {
  const actual = await importOriginal<typeof import('../../src/app/router')>();
  return {
    ...actual,
    createAppRouter: (...args: Parameters<typeof actual.createAppRouter>) => {
      if (failure.router !== undefined) throw failure.router;
      return actual.createAppRouter(...args);
    },
  };
});

vi.mock('../../src/lib/session/create-session', async (importOriginal) => {
  const actual = await importOriginal<typeof import('../../src/lib/session/create-session')>();
  return {
    ...actual,
    createSession: (...args: Parameters<typeof actual.createSession>) => {
      const session = actual.createSession(...args);
      return {
        ...session,
        start: (...startArgs: Parameters<typeof session.start>) => {
          if (failure.session !== undefined) throw failure.session;
          return session.start(...startArgs);
        },
      };
    },
  };
});

afterEach(() => {
  failure.router = undefined;
  failure.session = undefined;
});

const SECRET = 'eyJraWQiOiJ0ZXN0In0.access-token-that-must-not-leak';

class SessionStorageBroken extends Error {
  override name = 'SessionStorageBroken';
}

/** Every console.error so far, as one string, to check nothing secret went there. */
const consoleErrors = () =>
  vi
    .mocked(console.error)
    .mock.calls.map((call) => call.map(String).join(' '))
    .join('\n');

async function expectStartUpErrorPage(reference: string) {
  expect(
    await screen.findByRole(
      'heading',
      { level: 1, name: 'This app could not start' },
      { timeout: 5000 },
    ),
  ).toBeInTheDocument();
  const alert = screen.getByRole('alert');
  expect(alert).toHaveTextContent(/reload the page/i);
  expect(alert).toHaveTextContent(`mention the reference ${reference}`);
  expect(screen.getByRole('button', { name: 'Reload the page' })).toBeInTheDocument();
  expect(screen.queryByRole('textbox', { name: 'Email' })).not.toBeInTheDocument();
}

describe('start-up error page', () => {
  it('replaces a blank page when starting the session throws, naming only the error', async () => {
    expectConsoleError(/^\[app\] start-up failed: SessionStorageBroken$/);
    failure.session = new SessionStorageBroken(`could not read ${SECRET}`);

    await renderApp('/sign-in');

    await expectStartUpErrorPage('SessionStorageBroken');
    expect(document.body).not.toHaveTextContent(SECRET);
    expect(consoleErrors()).not.toContain(SECRET);
  });

  it('replaces a blank page when building the router throws', async () => {
    expectConsoleError(/^\[app\] start-up failed: TypeError$/);
    failure.router = new TypeError(`bad route ${SECRET}`);

    await renderApp('/');

    await expectStartUpErrorPage('TypeError');
    expect(consoleErrors()).not.toContain(SECRET);
  });

  it('copes with something thrown that is not an Error', async () => {
    expectConsoleError(/^\[app\] start-up failed: UnknownError$/);
    failure.session = SECRET;

    await renderApp('/');

    await expectStartUpErrorPage('UnknownError');
    expect(consoleErrors()).not.toContain(SECRET);
  });

  it('starts normally when nothing throws', async () => {
    await renderApp('/sign-in');

    expect(
      await screen.findByRole('heading', { level: 1, name: 'Sign in' }, { timeout: 5000 }),
    ).toBeInTheDocument();
  });
});
