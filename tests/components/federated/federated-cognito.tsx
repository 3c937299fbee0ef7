import { createHash } from 'node:crypto';
import { QueryClientProvider } from '@tanstack/react-query';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { expect } from 'vitest';
import { handleRequest } from '../../../local/emulator/http/handle-request';
import { cognitoHandlers } from '../../../local/emulator/msw/handlers';
import { UiProvider } from '../../../src/components/ui-provider';
import { FederatedSignInButtons } from '../../../src/features/auth/federated/federated-sign-in-buttons';
import { configureAuth } from '../../../src/lib/auth/configure-auth';
import { ConfigProvider } from '../../../src/lib/config/config-context';
import type { AppConfig } from '../../../src/lib/config/types';
import { validateConfig } from '../../../src/lib/config/validate-config';
import { createQueryClient } from '../../../src/lib/query/create-query-client';
import { server } from '../msw-server';
import { testConfig } from '../render-app';
import { startTestCognito, type TestCognito } from '../support/test-cognito';

/** The hosted domain as the app is configured with it; MSW answers it from the emulator. */
export const HOSTED_DOMAIN = 'auth.test.example';
const HOSTED = `https://${HOSTED_DOMAIN}`;
// jsdom's page origin: Amplify builds the callback and sign-out URLs from it.
const ORIGIN = window.location.origin;
export const SCOPES = ['openid', 'email', 'profile', 'aws.cognito.signin.user.admin'];

export interface FederatedCognito extends TestCognito {
  /** A complete app config (validated) with `oauth` pointing at the hosted domain. */
  appConfig: Record<string, unknown>;
}

/** A pool whose app client allows the code grant with Google, as the local stack seeds it. */
export async function startFederatedCognito(
  oauth: Partial<{ providers: string[]; scopes: string[] }> = {},
): Promise<FederatedCognito> {
  const cognito = await startTestCognito(
    {},
    {
      AllowedOAuthFlowsUserPoolClient: true,
      AllowedOAuthFlows: ['code'],
      AllowedOAuthScopes: SCOPES,
      SupportedIdentityProviders: ['COGNITO', 'Google'],
      CallbackURLs: [`${ORIGIN}/auth/callback`],
      LogoutURLs: [`${ORIGIN}/sign-in?reason=signed-out`],
    },
  );
  server.use(...cognitoHandlers(cognito.emulator, `${HOSTED}/`));
  const appConfig = {
    ...testConfig,
    ...cognito.config,
    oauth: { domain: HOSTED_DOMAIN, providers: ['Google'], scopes: SCOPES, ...oauth },
  };
  return { ...cognito, appConfig };
}

/** The buttons alone, on a /sign-in page of their own, with Amplify configured as at start-up. */
export function renderButtons(rawConfig: Record<string, unknown>, url = '/sign-in') {
  const checked = validateConfig(rawConfig);
  if (!checked.ok) throw new Error(JSON.stringify(checked.problems));
  const config: AppConfig = checked.config;
  configureAuth(config);
  const router = createMemoryRouter([{ path: '/sign-in', element: <FederatedSignInButtons /> }], {
    initialEntries: [url],
  });
  const queryClient = createQueryClient({ defaultOptions: { mutations: { retry: false } } });
  const user = userEvent.setup();
  const view = render(
    <UiProvider>
      <ConfigProvider value={config}>
        <QueryClientProvider client={queryClient}>
          <RouterProvider router={router} />
        </QueryClientProvider>
      </ConfigProvider>
    </UiProvider>,
  );
  return { user, ...view };
}

/** What Amplify keeps in localStorage for the way back, found by its key's ending. */
const stored = (suffix: string) => {
  const key = Object.keys(localStorage).find((k) => k.endsWith(suffix));
  return key ? localStorage.getItem(key) : null;
};

/**
 * Clicks "Continue with <label>" and waits until Amplify has sent the page away (jsdom stays,
 * noting "Not implemented: navigation"). Returns what Amplify saved for the way back.
 */
export async function leaveForProvider(user: ReturnType<typeof userEvent.setup>, label = 'Google') {
  await user.click(screen.getByRole('button', { name: `Continue with ${label}` }));
  await expect.poll(() => stored('.oauthPKCE')).toBeTruthy();
  return { state: stored('.oauthState') ?? '', verifier: stored('.oauthPKCE') ?? '' };
}

async function hosted(cognito: TestCognito, method: string, path: string, body = '') {
  return handleRequest(cognito.emulator, {
    method,
    url: new URL(path, HOSTED),
    headers: new Headers(
      method === 'POST' ? { 'content-type': 'application/x-www-form-urlencoded' } : {},
    ),
    body,
  });
}

/**
 * Plays the browser at the hosted domain: the authorize request Amplify made, then the
 * stand-in provider's form. Returns the app URL (path and query) the browser comes back to.
 */
export async function providerSignsIn(
  cognito: TestCognito,
  saved: { state: string; verifier: string },
  options: { scope?: string; email?: string; action?: 'allow' | 'deny' } = {},
): Promise<string> {
  const params = new URLSearchParams({
    redirect_uri: `${ORIGIN}/auth/callback`,
    response_type: 'code',
    client_id: cognito.clientId,
    identity_provider: 'Google',
    scope: options.scope ?? SCOPES.join(' '),
    state: saved.state,
    code_challenge: createHash('sha256').update(saved.verifier).digest('base64url'),
    code_challenge_method: 'S256',
  });
  let response = await hosted(cognito, 'GET', `/oauth2/authorize?${params}`);
  const location = response.headers.location ?? '';
  if (location.startsWith('/_local/idp/')) {
    response = await hosted(
      cognito,
      'POST',
      '/oauth2/idpresponse',
      `${params}&${new URLSearchParams({
        email: options.email ?? 'federated.user@example.com',
        name: 'Federated User',
        action: options.action ?? 'allow',
      })}`,
    );
  }
  const back = new URL(response.headers.location ?? '');
  if (back.origin !== ORIGIN) throw new Error(`the hosted domain sent the browser to ${back}`);
  return `${back.pathname}${back.search}`;
}
