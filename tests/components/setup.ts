import '@testing-library/jest-dom/vitest';
import { cleanup } from '@testing-library/react';
import { ConsoleLogger } from 'aws-amplify/utils';
import { afterAll, afterEach, beforeAll, beforeEach } from 'vitest';
import { takeConsoleFailures, watchConsoleErrors } from './console-guard';
import { listenOptions, server } from './msw-server';

// Amplify warns on every configure that the emulator endpoint is custom; errors still show.
ConsoleLogger.LOG_LEVEL = 'ERROR';

// MSW's 'error' strategy makes the request fail, which app code may swallow; this list
// makes sure the test itself fails too.
let unhandled: string[] = [];
server.events.on('request:unhandled', ({ request }) => {
  unhandled.push(`${request.method} ${request.url}`);
});

beforeAll(() => server.listen(listenOptions));
afterAll(() => server.close());

beforeEach(() => {
  unhandled = [];
  watchConsoleErrors();
});

afterEach(() => {
  cleanup();
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
