import { setupServer } from 'msw/node';

/**
 * The one MSW server for component tests. Starts with no handlers: each test (or helper
 * such as renderApp) adds what it needs, and setup.ts resets them after every test.
 * Cognito handlers from the local emulator join here once it is ready.
 */
export const server = setupServer();

/** Unhandled requests are bugs in a test, not something to pass through to the network. */
export const listenOptions = { onUnhandledRequest: 'error' } as const;
