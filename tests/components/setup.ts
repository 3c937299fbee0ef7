import '@testing-library/jest-dom/vitest';
import { cleanup, configure } from '@testing-library/react';
import { ConsoleLogger } from 'aws-amplify/utils';
import { afterAll, afterEach, beforeAll, beforeEach, type MockInstance, vi } from 'vitest';
import { activateLocale } from '../../src/lib/i18n/i18n';
import { takeConsoleFailures, watchConsoleErrors } from './console-guard';
import { listenOptions, server } from './msw-server';

// Amplify warns on every configure that the emulator endpoint is custom; errors still show.
ConsoleLogger.LOG_LEVEL = 'ERROR';

// The files of a worker share one module cache and one jsdom (isolate: false), so a file's
// testing-library settings would carry over to the next: every file starts from this one. The first
// render of a file loads route chunks; on a busy 2-core machine that can take longer than the 1 s
// default. A file or its support module may still set its own.
configure({ asyncUtilTimeout: 5000 });

// MSW's 'error' strategy makes the request fail, which app code may swallow; this list
// makes sure the test itself fails too.
let unhandled: string[] = [];
const onUnhandled = ({ request }: { request: Request }) => {
  unhandled.push(`${request.method} ${request.url}`);
};

beforeAll(() => {
  server.events.on('request:unhandled', onUnhandled);
  server.listen(listenOptions);
});
afterAll(() => {
  server.close();
  server.events.removeListener('request:unhandled', onUnhandled);
});

// A test is one page load. The app never disposes its router (a browser drops it with the page),
// so the routers of earlier tests, and files, would go on following this window's history.
let addedListeners: MockInstance<typeof window.addEventListener>;

beforeEach(() => {
  unhandled = [];
  watchConsoleErrors();
  addedListeners = vi.spyOn(window, 'addEventListener');
});

afterEach(async () => {
  cleanup();
  // A test may switch the language (the app keeps it per page load); the next starts in English.
  await activateLocale('en');
  for (const [type, listener, options] of addedListeners.mock.calls) {
    if (type === 'popstate' && listener) window.removeEventListener(type, listener, options);
  }
  addedListeners.mockRestore();
  server.resetHandlers();
  // Amplify keeps tokens in web storage; a test must not inherit the last one's user.
  localStorage.clear();
  sessionStorage.clear();
  window.history.replaceState(null, '', '/');
  const failures = [
    ...unhandled.map((request) => `unhandled request (add an MSW handler): ${request}`),
    ...takeConsoleFailures(),
  ];
  if (failures.length > 0) throw new Error(`Test was noisy:\n  - ${failures.join('\n  - ')}`);
});
