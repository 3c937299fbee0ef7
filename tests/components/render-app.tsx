import { QueryClientProvider } from '@tanstack/react-query';
import { render } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http } from 'msw';
import type { ReactElement } from 'react';
import { startApp } from '../../src/app/load-app';
import { UiProvider } from '../../src/components/ui-provider';
import { createQueryClient } from '../../src/lib/query/create-query-client';
import { server } from './msw-server';

/** A config that passes validation and points at the local emulator's defaults. */
export const testConfig = {
  region: 'us-east-1',
  userPoolId: 'us-east-1_Local01',
  userPoolClientId: 'abc123',
  cognitoEndpoint: 'http://127.0.0.1:9229/',
  apiUrl: 'http://127.0.0.1:8787',
  signInFlow: 'srp',
  tokenStorage: 'local',
  environmentName: 'test',
  usernameAttribute: 'email',
  signUpAttributes: ['name'],
  passwordPolicy: {
    minLength: 8,
    requireLowercase: true,
    requireUppercase: true,
    requireNumbers: true,
    requireSymbols: true,
  },
  mfaTypes: ['TOTP', 'EMAIL'],
  passwordless: [],
  editableAttributes: ['name', 'given_name', 'family_name', 'phone_number', 'locale'],
  rememberDevices: 'off',
  // The pseudo-locales too, so tests can switch to them (tests/components/i18n).
  locales: ['en', 'es', 'de', 'en-XA', 'ar-XB'],
  defaultLocale: 'en',
} as const;

interface RenderAppOptions {
  /** Body served as /config.json; anything JSON-serialisable, valid or not. */
  readonly config?: unknown;
  /** Full control of the /config.json response (404s, HTML, network errors). */
  readonly configResponse?: () => Response;
}

/**
 * Boots the real app, exactly as main.tsx does, at `url` with the given runtime config.
 * `session` is the app's session (absent when it could not start); it stops on unmount.
 */
export async function renderApp(url = '/', options: RenderAppOptions = {}) {
  const { config = testConfig, configResponse = () => Response.json(config) } = options;
  server.use(http.get('*/config.json', configResponse));
  window.history.pushState(null, '', url);
  const user = userEvent.setup();
  const { page, session } = await startApp();
  return { user, session, ...render(page) };
}

/** Renders a piece of UI with the providers it expects, without the router or config. */
export function renderWithProviders(ui: ReactElement) {
  const queryClient = createQueryClient({
    defaultOptions: { queries: { retry: false }, mutations: { retry: false } },
  });
  const user = userEvent.setup();
  const view = render(
    <QueryClientProvider client={queryClient}>
      <UiProvider>{ui}</UiProvider>
    </QueryClientProvider>,
  );
  return { user, queryClient, ...view };
}
