import { screen } from '@testing-library/react';
import { Amplify } from 'aws-amplify';
import { signIn } from 'aws-amplify/auth';
import { cognitoUserPoolsTokenProvider } from 'aws-amplify/auth/cognito';
import { defaultStorage } from 'aws-amplify/utils';
import { expect } from 'vitest';
import { server } from '../msw-server';
import { renderApp, testConfig } from '../render-app';
import { startTestCognito, TEST_PASSWORD, type TestCognito } from '../support/test-cognito';

/** The production setting: every refresh rotates the token; here with no grace for reuse. */
export const ROTATION = {
  RefreshTokenRotation: { Feature: 'ENABLED', RetryGracePeriodSeconds: 0 },
};

/** A pool whose client rotates refresh tokens, plus `client` overrides. */
export function startSessionCognito(client: Record<string, unknown> = {}) {
  return startTestCognito({}, { ...ROTATION, ...client });
}

/** Signs `email` in the way the app would have, before the app starts (tokens in storage). */
export async function signInBeforeStart(cognito: TestCognito, email: string) {
  Amplify.configure({
    Auth: {
      Cognito: {
        userPoolId: cognito.poolId,
        userPoolClientId: cognito.clientId,
        userPoolEndpoint: cognito.config.cognitoEndpoint,
      },
    },
  });
  cognitoUserPoolsTokenProvider.setKeyValueStorage(defaultStorage);
  const { nextStep } = await signIn({
    username: email,
    password: TEST_PASSWORD,
    options: { authFlowType: 'USER_PASSWORD_AUTH' },
  });
  expect(nextStep.signInStep).toBe('DONE');
}

/** Boots the app at `url` against `cognito`, with `email` already signed in. */
export async function renderSignedIn(cognito: TestCognito, email: string, url: string) {
  await signInBeforeStart(cognito, email);
  return renderApp(url, { config: { ...testConfig, ...cognito.config } });
}

/** What Amplify keeps in localStorage for this client, by key suffix (e.g. 'refreshToken'). */
export function storedToken(cognito: TestCognito, suffix: string): string | null {
  const prefix = `CognitoIdentityServiceProvider.${cognito.clientId}.`;
  for (let i = 0; i < localStorage.length; i += 1) {
    const key = localStorage.key(i) ?? '';
    if (key.startsWith(prefix) && key.endsWith(`.${suffix}`)) return localStorage.getItem(key);
  }
  return null;
}

/** Counts the Cognito operations the app sends, by X-Amz-Target operation name. */
export function countCognitoCalls() {
  const calls: string[] = [];
  const listener = ({ request }: { request: Request }) => {
    const target = request.headers.get('x-amz-target');
    if (target) calls.push(target.split('.').pop() ?? target);
  };
  server.events.on('request:start', listener);
  return {
    count: (operation: string) => calls.filter((name) => name === operation).length,
    stop: () => server.events.removeListener('request:start', listener),
  };
}

/** True when every sign-in (token family) of the pool's users has been revoked. */
export function allSessionsRevoked(cognito: TestCognito): boolean {
  const families = Object.values(cognito.emulator.state.pools[cognito.poolId]?.families ?? {});
  return families.length > 0 && families.every((family) => family.revoked);
}

/** Whether Cognito still accepts `refreshToken` (asked the way Amplify would). */
export async function refreshTokenWorks(cognito: TestCognito, refreshToken: string) {
  return cognito.emulator
    .call('GetTokensFromRefreshToken', { ClientId: cognito.clientId, RefreshToken: refreshToken })
    .then(
      () => true,
      () => false,
    );
}

/** The sign-in page is showing (heading), at `path` with these search params. */
export async function expectSignInPage(params: Record<string, string>) {
  expect(
    await screen.findByRole('heading', { level: 1, name: 'Sign in' }, { timeout: 5000 }),
  ).toBeInTheDocument();
  expect(window.location.pathname).toBe('/sign-in');
  const search = new URLSearchParams(window.location.search);
  expect(Object.fromEntries(search)).toEqual(params);
}

/** The sign-in form's username field, whatever the pool calls it (Email, Username…). */
export const usernameField = () =>
  screen.findByRole('textbox', { name: /email|username/i }, { timeout: 5000 });
