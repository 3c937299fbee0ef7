import { screen, waitFor, within } from '@testing-library/react';
import { expect } from 'vitest';
import { renderApp } from '../../render-app';
import { signInAs } from '../../support/sign-in-as';
import { startTestCognito, TEST_PASSWORD, type TestCognito } from '../../support/test-cognito';
import { EMAIL, PAGE, pageStatus } from '../support';

/**
 * A pool whose password policy keeps the last three passwords (PasswordHistorySize, as the
 * local stack and a deploy set it), with optional MFA (TOTP, email and SMS) and one user.
 */
export async function passwordPool(extraAttributes: Record<string, string> = {}) {
  const cognito = await startTestCognito({
    Policies: { PasswordPolicy: { PasswordHistorySize: 3 } },
  });
  await allowEveryMfa(cognito);
  await cognito.addUser(EMAIL, extraAttributes);
  return cognito;
}

/** Optional MFA with every kind of code (TOTP, email, SMS), plus any other pool settings. */
export async function allowEveryMfa(cognito: TestCognito, more: Record<string, unknown> = {}) {
  await cognito.emulator.call('SetUserPoolMfaConfig', {
    UserPoolId: cognito.poolId,
    MfaConfiguration: 'OPTIONAL',
    SoftwareTokenMfaConfiguration: { Enabled: true },
    EmailMfaConfiguration: {},
    SmsMfaConfiguration: {
      SmsConfiguration: { SnsCallerArn: 'arn:aws:iam::123456789012:role/sms', ExternalId: 'local' },
    },
    ...more,
  });
}

/** Whether Cognito signs the user in with `password` (USER_PASSWORD_AUTH, as an SDK would). */
export async function passwordWorks(cognito: TestCognito, password: string): Promise<boolean> {
  return cognito.emulator
    .call('InitiateAuth', {
      ClientId: cognito.clientId,
      AuthFlow: 'USER_PASSWORD_AUTH',
      AuthParameters: { USERNAME: EMAIL, PASSWORD: password },
    })
    .then(
      () => true,
      () => false,
    );
}

export { EMAIL, TEST_PASSWORD };

export const passwordRegion = () => within(screen.getByRole('region', { name: 'Password' }));

export const expectAnnounced = (text: string) =>
  waitFor(() => expect(pageStatus()).toHaveTextContent(text));

/**
 * Signs the user in, then runs `meanwhile` (an admin changing their MFA settings, which would
 * otherwise make the sign-in ask for a code), then opens the account security page.
 */
export async function openSecurityPageAfter(
  cognito: TestCognito,
  overrides: Record<string, unknown>,
  meanwhile: () => Promise<unknown>,
) {
  const config = await signInAs(cognito, EMAIL, overrides);
  await meanwhile();
  const view = await renderApp(PAGE, { config });
  await screen.findByRole('heading', { level: 1, name: 'Account security' });
  return view;
}
