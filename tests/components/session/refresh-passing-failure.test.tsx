import { screen, waitFor, within } from '@testing-library/react';
import { Hub } from 'aws-amplify/utils';
import { afterEach, describe, expect, it } from 'vitest';
import { getAccessToken } from '../../../src/lib/auth/get-access-token';
import { cognitoError, overrideCognito } from '../support/override-cognito';
import {
  allSessionsRevoked,
  renderSignedIn,
  startSessionCognito,
  storedToken,
} from './session-support';

const EMAIL = 'dana@example.com';

/** The names of the refresh errors Amplify reported to the app from now on. */
let stopListening: (() => void) | undefined;
function heardRefreshFailures(): string[] {
  const names: string[] = [];
  stopListening = Hub.listen('auth', ({ payload }) => {
    if (payload.event === 'tokenRefresh_failure') {
      names.push((payload.data?.error as Error | undefined)?.name ?? 'none');
    }
  });
  return names;
}
afterEach(() => {
  stopListening?.();
  stopListening = undefined;
});

const CASES = [
  {
    what: 'throttling (400 TooManyRequestsException)',
    name: 'TooManyRequestsException',
    message: 'Rate exceeded',
    status: 400,
  },
  {
    what: 'a server fault (500 InternalErrorException)',
    name: 'InternalErrorException',
    message: 'Internal server error.',
    status: 500,
  },
  {
    what: 'an unavailable service (503)',
    name: 'ServiceUnavailableException',
    message: 'Service Unavailable',
    status: 503,
  },
];

describe('a refresh that fails for a passing reason keeps the session', () => {
  for (const { what, name, message, status } of CASES) {
    it(`through ${what}, and retries until it works`, async () => {
      const cognito = await startSessionCognito();
      await cognito.addUser(EMAIL);
      await renderSignedIn(cognito, EMAIL, '/profile/claims');
      await screen.findByRole('heading', { level: 1, name: 'Token claims' }, { timeout: 5000 });
      const before = storedToken(cognito, 'refreshToken');
      // While Cognito is down every refresh gets the error; other operations reach the emulator.
      const cognitoDown = { failing: true, answered: 0 };
      overrideCognito('GetTokensFromRefreshToken', () => {
        if (!cognitoDown.failing) return undefined;
        cognitoDown.answered += 1;
        return cognitoError(name, message, status);
      });
      const heard = heardRefreshFailures();

      // What the API client does after a 401: the failure reaches it, but not as "signed out".
      await expect(getAccessToken({ forceRefresh: true })).rejects.toMatchObject({ name });
      // Amplify retried this error itself before giving up, as it does for throttling and 5xx.
      expect(cognitoDown.answered).toBeGreaterThan(1);

      // Still signed in, on the same page, tokens kept; after a second failure the header says so.
      expect(
        await screen.findByText(
          'Can’t reach the sign-in service — retrying',
          {},
          { timeout: 8000 },
        ),
      ).toBeVisible();
      expect(window.location.pathname).toBe('/profile/claims');
      expect(within(screen.getByRole('banner')).getByText(EMAIL)).toBeInTheDocument();
      expect(storedToken(cognito, 'refreshToken')).toBe(before);
      expect(heard.length).toBeGreaterThanOrEqual(2);
      expect(new Set(heard)).toEqual(new Set([name]));

      cognitoDown.failing = false;
      await waitFor(
        () =>
          expect(
            screen.queryByText('Can’t reach the sign-in service — retrying'),
          ).not.toBeInTheDocument(),
        { timeout: 8000 },
      );
      expect(storedToken(cognito, 'refreshToken')).not.toBe(before);
      expect(allSessionsRevoked(cognito)).toBe(false);
      expect(window.location.pathname).toBe('/profile/claims');
      await expect(
        cognito.emulator.call('GetUser', { AccessToken: storedToken(cognito, 'accessToken') }),
      ).resolves.toBeTruthy();
    }, 25_000);
  }
});
