import { screen, waitFor } from '@testing-library/react';
import { signIn } from 'aws-amplify/auth';
import { HttpResponse, http } from 'msw';
import { describe, expect, it } from 'vitest';
import { configureAuth } from '../../../src/lib/auth/configure-auth';
import type { AppConfig } from '../../../src/lib/config/types';
import { expectConsoleError } from '../console-guard';
import { server } from '../msw-server';
import { renderApp } from '../render-app';
import { TEST_PASSWORD } from '../support/test-cognito';
import {
  type FederatedCognito,
  HOSTED_DOMAIN,
  leaveForProvider,
  providerSignsIn,
  renderButtons,
  startFederatedCognito,
} from './federated-cognito';

const TOKEN_ENDPOINT = `https://${HOSTED_DOMAIN}/oauth2/token`;

/**
 * The whole trip: "Continue with Google" on /sign-in, the provider's page, and the browser
 * arriving back at the callback URL, where the real app boots as it would after a redirect.
 */
async function signInThroughGoogle(
  cognito: FederatedCognito,
  options: Parameters<typeof providerSignsIn>[2] & {
    from?: string;
    beforeReturn?: () => void;
  } = {},
) {
  const buttons = renderButtons(
    cognito.appConfig,
    options.from ?? '/sign-in?redirectTo=%2F%3Fwelcome%3D1',
  );
  const saved = await leaveForProvider(buttons.user);
  buttons.unmount();
  const callback = await providerSignsIn(cognito, saved, options);
  options.beforeReturn?.();
  const app = await renderApp(callback, { config: cognito.appConfig });
  return { ...app, callback };
}

async function expectFailure(
  message: RegExp,
  signInHref = '/sign-in?redirectTo=%2F%3Fwelcome%3D1',
) {
  expect(
    await screen.findByRole('heading', { name: 'Sign-in did not finish' }, { timeout: 5000 }),
  ).toBeVisible();
  expect(screen.getByRole('alert')).toHaveTextContent(message);
  expect(screen.getByRole('link', { name: 'Back to sign-in' })).toHaveAttribute('href', signInHref);
}

describe('/auth/callback', () => {
  it('finishes the federated sign-in and goes where the user was going', async () => {
    const cognito = await startFederatedCognito();
    const { callback } = await signInThroughGoogle(cognito);
    expect(callback).toMatch(/^\/auth\/callback\?code=[\w-]+&state=/);

    await waitFor(
      () => expect(window.location.pathname + window.location.search).toBe('/?welcome=1'),
      {
        timeout: 5000,
      },
    );
    expect(
      await screen.findAllByText('federated.user@example.com', { selector: 'strong' }),
    ).not.toHaveLength(0);
    // The code is single-use and now spent; it must not linger in history.
    expect(window.location.href).not.toContain('code=');
    expect(sessionStorage.getItem('cognito-spa:redirect-sign-in')).toBeNull();
    const user = Object.values(cognito.emulator.state.pools[cognito.poolId]?.users ?? {}).find(
      (u) => u.attributes.email === 'federated.user@example.com',
    );
    expect(user?.status).toBe('EXTERNAL_PROVIDER');
  });

  it('shows progress while the code is exchanged', async () => {
    const cognito = await startFederatedCognito();
    let release: () => void = () => undefined;
    const held = new Promise<void>((resolve) => {
      release = resolve;
    });
    await signInThroughGoogle(cognito, {
      beforeReturn: () =>
        server.use(
          http.post(TOKEN_ENDPOINT, async () => {
            await held;
            // Fall through to the emulator once the test has seen the progress.
            return undefined;
          }),
        ),
    });

    try {
      expect(
        await screen.findByRole('heading', { name: 'Signing you in' }, { timeout: 5000 }),
      ).toBeVisible();
      expect(
        screen.getByText('Finishing sign-in with Google…').closest('[role="status"]'),
      ).not.toBeNull();
    } finally {
      // Amplify finishes one redirect at a time per page: a held exchange would block later tests.
      release();
    }
    await waitFor(() => expect(window.location.pathname).toBe('/'), { timeout: 5000 });
  });

  it('says the sign-in was cancelled when the user said no at the provider', async () => {
    const cognito = await startFederatedCognito();
    expectConsoleError(/\[auth\] sign-in-with-redirect failed: access_denied/);
    await signInThroughGoogle(cognito, { action: 'deny' });
    await expectFailure(/Sign-in with Google was cancelled/);
  });

  it('says federated sign-in is unavailable when the hosted domain refuses the request', async () => {
    const cognito = await startFederatedCognito();
    expectConsoleError(/\[auth\] sign-in-with-redirect failed: invalid_scope/);
    await signInThroughGoogle(cognito, { scope: 'openid phone' });
    await expectFailure(/Sign-in with Google is not available right now/);
  });

  it('asks to try again when the code has expired by the time it is exchanged', async () => {
    const cognito = await startFederatedCognito();
    expectConsoleError(/\[auth\] sign-in-with-redirect failed: OAuthSignInException/);
    await signInThroughGoogle(cognito, {
      beforeReturn: () => cognito.emulator.advanceClock(5 * 60 + 1),
    });
    await expectFailure(/We couldn't finish signing you in with Google\. Please try again\./);
  });

  it('asks to try again when the token endpoint cannot be reached', async () => {
    const cognito = await startFederatedCognito();
    expectConsoleError(/\[auth\] sign-in-with-redirect failed: TypeError/);
    await signInThroughGoogle(cognito, {
      beforeReturn: () => server.use(http.post(TOKEN_ENDPOINT, () => HttpResponse.error())),
    });
    await expectFailure(/We couldn't finish signing you in with Google/);
  });

  it('refuses a callback for a sign-in this browser did not start', async () => {
    const cognito = await startFederatedCognito();
    // Amplify's name for a state it did not issue.
    expectConsoleError(/\[auth\] sign-in-with-redirect failed: oauthSignInError/);
    const buttons = renderButtons(cognito.appConfig);
    const saved = await leaveForProvider(buttons.user);
    buttons.unmount();
    // An attacker's own code and state, planted on the victim's callback URL.
    const forged = await providerSignsIn(cognito, { ...saved, state: 'forged-state' });
    await renderApp(forged, { config: cognito.appConfig });
    await expectFailure(/We couldn't finish signing you in with Google/, '/sign-in');
    expect(cognito.emulator.state.pools[cognito.poolId]?.families).toEqual({});
  });

  it('has nothing to finish when no sign-in is under way', async () => {
    const cognito = await startFederatedCognito();
    expectConsoleError(/\[auth\] sign-in-with-redirect failed: NoRedirectInProgress/);
    await renderApp('/auth/callback', { config: cognito.appConfig });
    expect(await screen.findByRole('alert', {}, { timeout: 5000 })).toHaveTextContent(
      'There is no sign-in to finish here.',
    );
    expect(screen.getByRole('link', { name: 'Back to sign-in' })).toHaveAttribute(
      'href',
      '/sign-in',
    );
  });

  it('sends someone already signed in straight home', async () => {
    const cognito = await startFederatedCognito();
    await cognito.addUser('dana@example.com');
    configureAuth(cognito.appConfig as unknown as AppConfig);
    await signIn({ username: 'dana@example.com', password: TEST_PASSWORD });
    await renderApp('/auth/callback', { config: cognito.appConfig });
    await waitFor(() => expect(window.location.pathname).toBe('/'), { timeout: 5000 });
    expect(await screen.findAllByText('dana@example.com', { selector: 'strong' })).not.toHaveLength(
      0,
    );
  });
});
