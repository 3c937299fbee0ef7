import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { expectConsoleError } from '../../console-guard';
import { renderApp } from '../../render-app';
import { watchCognitoTraffic } from '../../support/cognito-traffic';
import { cognitoError, overrideCognito } from '../../support/override-cognito';
import { configFor, signInAs } from '../../support/sign-in-as';
import { startTestCognito, type TestCognito } from '../../support/test-cognito';
import { attributesOf, verifyCode } from '../details/support';

const EMAIL = 'sam@example.com';
// A page behind the gate that reads only Cognito, so no API is needed.
const PAGE = '/account/security';

async function poolWith(attributes: Record<string, string>) {
  const cognito = await startTestCognito();
  await cognito.addUser(EMAIL, attributes);
  return cognito;
}

async function openPage(cognito: TestCognito, url = PAGE) {
  const config = await signInAs(cognito, EMAIL);
  const view = await renderApp(url, { config });
  await screen.findByRole('heading', { level: 1 });
  return view;
}

const banner = () => screen.findByRole('region', { name: 'Verify your email address' });
const noBanner = () =>
  expect(screen.queryByRole('region', { name: /^Verify your/ })).not.toBeInTheDocument();
/** The banner slot's polite status line: the first in main, without aria-atomic. */
const bannerStatus = () =>
  within(screen.getByRole('main'))
    .getAllByRole('status')
    .find((element) => !element.hasAttribute('aria-atomic') && element.tagName === 'P');

describe('verify banner', () => {
  it('verifies an unverified email from any signed-in page, then goes away', async () => {
    const cognito = await poolWith({ email_verified: 'false' });
    const { user } = await openPage(cognito);
    const region = within(await banner());
    expect(region.getByText(`${EMAIL} is not verified.`, { exact: false })).toBeVisible();
    await waitFor(() =>
      expect(bannerStatus()).toHaveTextContent('Your email address is not verified.'),
    );

    await user.click(region.getByRole('button', { name: 'Send code' }));
    const code = await region.findByRole('textbox', { name: '6-digit code' });
    await waitFor(() => expect(code).toHaveFocus());
    expect(region.getByText(/^We sent a code by email to s/)).toBeVisible();
    expect(region.getByRole('button', { name: 'Send a new code' })).toBeDisabled();

    await user.type(code, verifyCode(cognito, EMAIL));
    await user.click(region.getByRole('button', { name: 'Verify' }));

    await waitFor(noBanner);
    await waitFor(() =>
      expect(bannerStatus()).toHaveTextContent('Your email address is verified.'),
    );
    expect(screen.getByRole('heading', { level: 1 })).toHaveFocus();
    expect((await attributesOf(cognito, EMAIL)).email_verified).toBe('true');
  });

  it('says a wrong code at the field and keeps the banner', async () => {
    expectConsoleError(/confirm-attribute failed: CodeMismatchException/);
    const cognito = await poolWith({ email_verified: 'false' });
    const { user } = await openPage(cognito);
    const region = within(await banner());
    await user.click(region.getByRole('button', { name: 'Send code' }));
    const code = await region.findByRole('textbox', { name: '6-digit code' });
    const right = verifyCode(cognito, EMAIL);

    await user.type(code, right === '000000' ? '111111' : '000000');
    await user.click(region.getByRole('button', { name: 'Verify' }));

    await waitFor(() =>
      expect(code).toHaveAccessibleDescription(
        /That code is not right\. Check it and try again\.$/,
      ),
    );
    expect(code).toHaveFocus();
    expect(await banner()).toBeVisible();
  });

  it('says why a code could not be sent', async () => {
    expectConsoleError(/send-attribute-code failed: LimitExceededException/);
    const cognito = await poolWith({ email_verified: 'false' });
    const { user } = await openPage(cognito);
    overrideCognito('GetUserAttributeVerificationCode', () =>
      cognitoError('LimitExceededException', 'Attempt limit exceeded, please try after some time.'),
    );
    const region = within(await banner());

    await user.click(region.getByRole('button', { name: 'Send code' }));

    const alert = await region.findByRole('alert');
    expect(alert).toHaveTextContent('The code was not sent');
    expect(alert).toHaveTextContent('Too many attempts. Wait a few minutes, then try again.');
    expect(region.getByRole('button', { name: 'Send code' })).toBeVisible();
  });

  it('"Not now" hides it for the rest of the session', async () => {
    const cognito = await poolWith({ email_verified: 'false' });
    const first = await openPage(cognito);
    const region = within(await banner());

    await first.user.click(region.getByRole('button', { name: 'Not now' }));

    noBanner();
    expect(screen.getByRole('heading', { level: 1 })).toHaveFocus();
    first.unmount();
    // Opened again in the same tab: still closed.
    const traffic = watchCognitoTraffic();
    await renderApp(PAGE, { config: configFor(cognito) });
    await screen.findByRole('heading', { level: 1, name: 'Account security' });
    noBanner();
    traffic.stop();
    expect(traffic.operations).not.toContain('GetUserAttributeVerificationCode');
  });

  it('asks for an unverified phone number too, and never for verified details', async () => {
    const cognito = await poolWith({
      phone_number: '+14155550123',
      phone_number_verified: 'false',
    });
    await openPage(cognito);
    const region = within(await screen.findByRole('region', { name: 'Verify your phone number' }));
    expect(region.getByText(/\+14155550123 is not verified/)).toBeVisible();
    expect(
      screen.queryByRole('region', { name: 'Verify your email address' }),
    ).not.toBeInTheDocument();
  });

  it('is not shown when everything is verified', async () => {
    const cognito = await poolWith({ phone_number: '+14155550123', phone_number_verified: 'true' });
    await openPage(cognito);
    await screen.findByRole('region', { name: 'Two-step verification' });
    noBanner();
  });

  it('leaves the personal details page to verify in place', async () => {
    const cognito = await poolWith({ email_verified: 'false' });
    await openPage(cognito, '/account/details');
    const email = within(await screen.findByRole('region', { name: 'Email address' }));
    expect(email.getByText('Not verified')).toBeVisible();
    expect(email.getByRole('button', { name: 'Verify email address' })).toBeVisible();
    noBanner();
  });
});
