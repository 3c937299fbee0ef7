import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { AppLocale } from '../../../src/lib/i18n/locales';
import { expectConsoleError } from '../console-guard';
import {
  leaveForProvider,
  providerSignsIn,
  renderButtons,
  startFederatedCognito,
} from '../federated/federated-cognito';
import { renderApp, testConfig } from '../render-app';
// Not a React hook, whatever its name says: it stores and activates the language.
import { chooseLocale, expectNoUnaccentedText } from './locale-support';

/** "Continue with Google" (in English), a "no" at Google, and the way back in `locale`. */
async function cancelledAtGoogle(locale: AppLocale) {
  const cognito = await startFederatedCognito();
  expectConsoleError(/\[auth\] sign-in-with-redirect failed: access_denied/);
  const buttons = renderButtons(cognito.appConfig, '/sign-in');
  const saved = await leaveForProvider(buttons.user);
  buttons.unmount();
  const callback = await providerSignsIn(cognito, saved, { action: 'deny' });
  await chooseLocale(locale);
  await renderApp(callback, { config: cognito.appConfig });
  return screen.findByRole('alert', {}, { timeout: 5000 });
}

describe('/auth/callback in every language', () => {
  it.each([
    ['en', 'Sign-in did not finish', 'Sign-in with Google was cancelled.', 'Back to sign-in'],
    [
      'es',
      'El inicio de sesión no terminó',
      'Se canceló el inicio de sesión con Google.',
      'Volver a iniciar sesión',
    ],
    [
      'de',
      'Anmeldung nicht abgeschlossen',
      'Die Anmeldung mit Google wurde abgebrochen.',
      'Zurück zur Anmeldung',
    ],
  ] as const)('%s: says a cancelled sign-in was cancelled', async (locale, title, says, back) => {
    const alert = await cancelledAtGoogle(locale);
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent(title);
    expect(alert).toHaveTextContent(says);
    expect(screen.getByRole('link', { name: back })).toHaveAttribute('href', '/sign-in');
  });

  it('shows no unaccented English in the pseudo-locale, the provider’s name aside', async () => {
    await cancelledAtGoogle('en-XA');
    expectNoUnaccentedText([testConfig.environmentName, 'Google']);
  });

  it('says, in the pseudo-locale too, when there is no sign-in to finish', async () => {
    const cognito = await startFederatedCognito();
    expectConsoleError(/\[auth\] sign-in-with-redirect failed: NoRedirectInProgress/);
    await chooseLocale('en-XA');
    await renderApp('/auth/callback', { config: cognito.appConfig });
    expect(await screen.findByRole('alert', {}, { timeout: 5000 })).toHaveTextContent(
      /^\[Ţĥéŕé îš ñö šîĝñ-îñ/,
    );
    expectNoUnaccentedText([testConfig.environmentName]);
  });
});
