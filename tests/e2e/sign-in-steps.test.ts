import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { totpAt, totpStep } from '../../local/emulator/core/totp.ts';
import { DEMO_PASSWORD } from '../../local/stack/demo-users.ts';
import type { Stack } from '../../local/stack/start-stack.ts';
import { SoftAuthenticator } from '../emulator/support/soft-authenticator.ts';
import { expectAccessible } from './support/accessibility.ts';
import { collectPageErrors, launchBrowser, type PageErrors } from './support/browser.ts';
import { startLocalStack } from './support/local-stack.ts';
import { addUser, mfaRequiredPool } from './support/pools.ts';

let stack: Stack & { appUrl: string };
let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
  stack = await startLocalStack();
});

afterAll(async () => {
  await browser?.close();
  await stack?.close();
});

const PASSWORD = 'Step-passw0rd!';
let users = 0;
const freshEmail = (prefix: string) => `${prefix}${++users}.${Date.now() % 100_000}@example.com`;

/** Waits for a step page (its h1), checks its path, and runs axe on it. */
async function atStep(page: Page, path: string, heading: string) {
  await page.getByRole('heading', { level: 1, name: heading }).waitFor({ timeout: 15_000 });
  expect(new URL(page.url()).pathname).toBe(path);
  await expectAccessible(page, { settled: true });
}

async function expectHome(page: Page, email: string) {
  await page.waitForURL(`${stack.appUrl}/`, { timeout: 15_000 });
  await expect
    .poll(() => page.getByText(`Signed in as ${email}`).count(), { timeout: 15_000 })
    .toBeGreaterThan(0);
}

interface AppOverrides {
  userPoolId?: string;
  userPoolClientId?: string;
  signInFlow?: string;
  passwordless?: string[];
}

/** A fresh browser context; `overrides` change the app's /config.json (another pool, the flow). */
async function open(overrides: AppOverrides = {}) {
  const context = await browser.newContext();
  if (Object.keys(overrides).length > 0) {
    await context.route(`${stack.appUrl}/config.json`, (route) =>
      route.fulfill({ json: { ...stack.appConfig, ...overrides } }),
    );
  }
  const page = await context.newPage();
  const errors = await collectPageErrors(page);
  return { context, page, errors };
}

async function signIn(page: Page, email: string, password = PASSWORD) {
  await page.goto(`${stack.appUrl}/sign-in`);
  await page.getByRole('textbox', { name: 'Email' }).fill(email);
  await page.getByLabel('Password', { exact: true }).fill(password);
  await page.getByRole('button', { name: 'Sign in', exact: true }).click();
}

async function enterCode(page: Page, code: string, button = 'Verify') {
  await page.getByLabel('6-digit code').fill(code);
  await page.getByRole('button', { name: button }).click();
}

/** Clicks a radio's label, as a person does: Amplify's styling hides the native input. */
async function chooseRadio(page: Page, name: string) {
  await page.locator('label.amplify-radio', { hasText: name }).click();
  expect(await page.getByRole('radio', { name }).isChecked()).toBe(true);
}

async function signOut(page: Page) {
  await page
    .getByRole('button', { name: /sign out/i })
    .first()
    .click();
  await expect
    .poll(() => page.getByRole('button', { name: /sign out/i }).count(), { timeout: 10_000 })
    .toBe(0);
}

async function finish(context: BrowserContext, errors: PageErrors) {
  expect(errors.all()).toEqual([]);
  await context.close();
}

/** The TOTP code at the emulator's clock, one 30-second step ahead so none is replayed. */
function nextTotp(secret: string) {
  stack.emulator.advanceClock(30);
  return totpAt(secret, totpStep(stack.emulator.now()));
}

describe('sign-in steps in Chromium against the local stack', () => {
  it('sets up TOTP during sign-in (QR code and key), then signs in with a computed TOTP code', async () => {
    const pool = await mfaRequiredPool(stack, { totp: true, email: false });
    const email = freshEmail('totp');
    await addUser(stack, pool.userPoolId, email, PASSWORD);
    const { context, page, errors } = await open(pool);

    await signIn(page, email);
    await atStep(page, '/sign-in/setup-totp', 'Set up your authenticator app');
    const qr = page.getByRole('img', { name: 'QR code to scan with your authenticator app' });
    expect(await qr.getAttribute('src')).toMatch(/^data:image\/svg\+xml,/);
    expect(await qr.evaluate((img: HTMLImageElement) => img.naturalWidth)).toBeGreaterThan(0);
    const secret = ((await page.locator('.totp-secret code').textContent()) ?? '').replace(
      /\s/g,
      '',
    );
    expect(secret).toMatch(/^[A-Z2-7]{32}$/);
    // A reload keeps the step: Amplify's challenge and ours both live in sessionStorage.
    await page.reload();
    await atStep(page, '/sign-in/setup-totp', 'Set up your authenticator app');
    await enterCode(page, nextTotp(secret), 'Verify and finish');
    await expectHome(page, email);
    await signOut(page);

    await signIn(page, email);
    await atStep(page, '/sign-in/code', 'Enter your authenticator code');
    await enterCode(page, nextTotp(secret));
    await expectHome(page, email);
    await finish(context, errors);
  });

  it('signs mfa@example.com in with the emailed code', async () => {
    const { context, page, errors } = await open();

    await signIn(page, 'mfa@example.com', DEMO_PASSWORD);
    await atStep(page, '/sign-in/code', 'Check your email');
    expect(await page.getByText(/We sent a 6-digit code to m\*\*\*@e\*\*\*/).count()).toBe(1);
    const code = stack.emulator.lastCode('mfa@example.com');
    expect(code).toMatch(/^\d{6}$/);
    await enterCode(page, code ?? '');

    await expectHome(page, 'mfa@example.com');
    await finish(context, errors);
  });

  it('shows a wrong code next to the field, announced, and the step still works', async () => {
    const { context, page } = await open();

    await signIn(page, 'mfa@example.com', DEMO_PASSWORD);
    await atStep(page, '/sign-in/code', 'Check your email');
    const code = stack.emulator.lastCode('mfa@example.com') ?? '';
    await enterCode(page, code === '000000' ? '111111' : '000000');
    const field = page.getByLabel('6-digit code');
    await expect.poll(() => field.getAttribute('aria-invalid'), { timeout: 15_000 }).toBe('true');
    await expectAccessible(page, { settled: true });
    await enterCode(page, code);

    await expectHome(page, 'mfa@example.com');
    await context.close();
  });

  it('lets a user with two MFA types choose one', async () => {
    const email = freshEmail('choose-mfa');
    await addUser(stack, stack.pool.userPoolId, email, PASSWORD);
    await stack.emulator.call('AdminSetUserMFAPreference', {
      UserPoolId: stack.pool.userPoolId,
      Username: email,
      EmailMfaSettings: { Enabled: true, PreferredMfa: false },
      SoftwareTokenMfaSettings: { Enabled: false },
    });
    // TOTP too, set up as an app would, so Cognito asks which one.
    const auth = (await stack.emulator.call('InitiateAuth', {
      ClientId: stack.pool.userPoolClientId,
      AuthFlow: 'USER_AUTH',
      AuthParameters: { USERNAME: email, PASSWORD, PREFERRED_CHALLENGE: 'PASSWORD' },
    })) as { ChallengeName?: string; Session?: string };
    expect(auth.ChallengeName).toBe('EMAIL_OTP');
    const tokens = (await stack.emulator.call('RespondToAuthChallenge', {
      ClientId: stack.pool.userPoolClientId,
      ChallengeName: 'EMAIL_OTP',
      Session: auth.Session,
      ChallengeResponses: { USERNAME: email, EMAIL_OTP_CODE: stack.emulator.lastCode(email) },
    })) as { AuthenticationResult: { AccessToken: string } };
    const AccessToken = tokens.AuthenticationResult.AccessToken;
    const { SecretCode } = (await stack.emulator.call('AssociateSoftwareToken', {
      AccessToken,
    })) as { SecretCode: string };
    await stack.emulator.call('VerifySoftwareToken', {
      AccessToken,
      UserCode: totpAt(SecretCode, totpStep(stack.emulator.now())),
    });
    await stack.emulator.call('AdminSetUserMFAPreference', {
      UserPoolId: stack.pool.userPoolId,
      Username: email,
      SoftwareTokenMfaSettings: { Enabled: true, PreferredMfa: false },
      EmailMfaSettings: { Enabled: true, PreferredMfa: false },
    });
    const { context, page, errors } = await open();

    await signIn(page, email);
    await atStep(page, '/sign-in/mfa', 'Verify it is you');
    await chooseRadio(page, 'Authenticator app');
    await page.getByRole('button', { name: 'Continue' }).click();
    await atStep(page, '/sign-in/code', 'Enter your authenticator code');
    await enterCode(page, nextTotp(SecretCode));

    await expectHome(page, email);
    await finish(context, errors);
  });

  it('sets up email MFA during sign-in', async () => {
    const pool = await mfaRequiredPool(stack, { totp: true, email: true });
    const email = freshEmail('email-setup');
    await addUser(stack, pool.userPoolId, email, PASSWORD);
    const { context, page, errors } = await open(pool);

    await signIn(page, email);
    await atStep(page, '/sign-in/setup-mfa', 'Set up two-step verification');
    await chooseRadio(page, 'Email');
    await page.getByRole('button', { name: 'Continue' }).click();
    await atStep(page, '/sign-in/setup-email', 'Get sign-in codes by email');
    await page.getByRole('button', { name: 'Send me a code' }).click();
    await atStep(page, '/sign-in/code', 'Check your email');
    await enterCode(page, stack.emulator.lastCode(email) ?? '');

    await expectHome(page, email);
    await finish(context, errors);
  });

  it('makes an admin-created user choose a new password', async () => {
    const email = freshEmail('temp');
    await stack.emulator.call('AdminCreateUser', {
      UserPoolId: stack.pool.userPoolId,
      Username: email,
      TemporaryPassword: 'Temp-passw0rd!',
      MessageAction: 'SUPPRESS',
      UserAttributes: [
        { Name: 'email', Value: email },
        { Name: 'email_verified', Value: 'true' },
      ],
    });
    const { context, page, errors } = await open();

    await signIn(page, email, 'Temp-passw0rd!');
    await atStep(page, '/sign-in/new-password', 'Choose a new password');
    await page.getByLabel('New password', { exact: true }).fill('Chosen-passw0rd!');
    await page.getByLabel('Confirm new password', { exact: true }).fill('Chosen-passw0rd!');
    await expectAccessible(page, { settled: true });
    await page.getByRole('button', { name: 'Set password and continue' }).click();

    await expectHome(page, email);
    await signOut(page);
    await signIn(page, email, 'Chosen-passw0rd!');
    await expectHome(page, email);
    await finish(context, errors);
  });
});

describe('choice-based sign-in in Chromium (USER_AUTH on the seeded pool)', () => {
  const CHOICE = { signInFlow: 'choice', passwordless: ['EMAIL_OTP', 'WEB_AUTHN'] };

  it('signs in with an emailed code and no password', async () => {
    const email = freshEmail('otp');
    await addUser(stack, stack.pool.userPoolId, email, PASSWORD);
    const { context, page, errors } = await open(CHOICE);

    await page.goto(`${stack.appUrl}/sign-in`);
    await page.getByRole('textbox', { name: 'Email' }).fill(email);
    await page.getByRole('button', { name: 'Email me a code' }).click();
    await atStep(page, '/sign-in/code', 'Check your email');
    await enterCode(page, stack.emulator.lastCode(email) ?? '');

    await expectHome(page, email);
    await finish(context, errors);
  });

  it('falls back to choosing a factor, then the password step', async () => {
    const email = freshEmail('pick');
    await addUser(stack, stack.pool.userPoolId, email, PASSWORD);
    const { context, page, errors } = await open(CHOICE);

    await page.goto(`${stack.appUrl}/sign-in`);
    await page.getByRole('textbox', { name: 'Email' }).fill(email);
    // This user has no passkey: Cognito lists what they can use instead.
    await page.getByRole('button', { name: 'Sign in with a passkey' }).click();
    await atStep(page, '/sign-in/choose', 'Choose how to sign in');
    await page.getByRole('button', { name: 'Use my password' }).click();
    await atStep(page, '/sign-in/password', 'Enter your password');
    await page.getByLabel('Password', { exact: true }).fill(PASSWORD);
    await page.getByRole('button', { name: 'Sign in', exact: true }).click();

    await expectHome(page, email);
    await finish(context, errors);
  });

  it('signs in with a passkey held by Chromium’s virtual authenticator', async () => {
    const email = freshEmail('passkey');
    await addUser(stack, stack.pool.userPoolId, email, PASSWORD);
    // Register a passkey for this origin with a software authenticator, as the account page would…
    const auth = (await stack.emulator.call('InitiateAuth', {
      ClientId: stack.pool.userPoolClientId,
      AuthFlow: 'USER_AUTH',
      AuthParameters: { USERNAME: email, PASSWORD, PREFERRED_CHALLENGE: 'PASSWORD' },
    })) as { AuthenticationResult: { AccessToken: string } };
    const AccessToken = auth.AuthenticationResult.AccessToken;
    const { CredentialCreationOptions } = (await stack.emulator.call('StartWebAuthnRegistration', {
      AccessToken,
    })) as { CredentialCreationOptions: never };
    const soft = new SoftAuthenticator();
    await stack.emulator.call('CompleteWebAuthnRegistration', {
      AccessToken,
      Credential: soft.create(CredentialCreationOptions, stack.appUrl),
    });
    const credential = soft.credentials[0];
    if (!credential) throw new Error('no credential was created');
    const { context, page, errors } = await open(CHOICE);
    // …then hand its private key to Chromium's virtual authenticator.
    const cdp = await context.newCDPSession(page);
    await cdp.send('WebAuthn.enable', { enableUI: false });
    const { authenticatorId } = await cdp.send('WebAuthn.addVirtualAuthenticator', {
      options: {
        protocol: 'ctap2',
        transport: 'internal',
        hasResidentKey: true,
        hasUserVerification: true,
        isUserVerified: true,
        automaticPresenceSimulation: true,
      },
    });
    await cdp.send('WebAuthn.addCredential', {
      authenticatorId,
      credential: {
        credentialId: Buffer.from(credential.id, 'base64url').toString('base64'),
        isResidentCredential: true,
        rpId: 'localhost',
        privateKey: credential.privateKey
          .export({ format: 'der', type: 'pkcs8' })
          .toString('base64'),
        userHandle: Buffer.from(credential.userHandle, 'base64url').toString('base64'),
        signCount: credential.counter,
      },
    });

    await page.goto(`${stack.appUrl}/sign-in`);
    await page.getByRole('textbox', { name: 'Email' }).fill(email);
    await expectAccessible(page, { settled: true });
    await page.getByRole('button', { name: 'Sign in with a passkey' }).click();

    await expectHome(page, email);
    const { credentials } = await cdp.send('WebAuthn.getCredentials', { authenticatorId });
    expect(credentials[0]?.signCount).toBeGreaterThan(0);
    await finish(context, errors);
  });
});
