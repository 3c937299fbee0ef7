import { configure, screen, waitFor, within } from '@testing-library/react';
import { expect } from 'vitest';
import { renderApp } from '../../render-app';
import { configFor, signInAs } from '../../support/sign-in-as';
import { startTestCognito, type TestCognito } from '../../support/test-cognito';

// Each test signs in and boots the whole app; on a busy machine that takes a while.
configure({ asyncUtilTimeout: 5000 });

export const EMAIL = 'dana@example.com';
export const PAGE = '/account/details';

interface PoolOptions {
  /** The pool keeps the old email until the new one is verified. */
  readonly keepOriginal?: boolean;
  /** Attributes the user starts with besides the verified email. */
  readonly attributes?: Record<string, string>;
}

/**
 * A pool as the tests need it: email as the username, auto-verified (a changed email gets a
 * code), with or without AttributesRequireVerificationBeforeUpdate, and one confirmed user.
 */
export async function detailsPool({ keepOriginal = false, attributes = {} }: PoolOptions = {}) {
  const cognito = await startTestCognito({
    ...(keepOriginal && {
      UserAttributeUpdateSettings: { AttributesRequireVerificationBeforeUpdate: ['email'] },
    }),
  });
  await cognito.addUser(EMAIL, attributes);
  return cognito;
}

/** Signs the user in and opens the personal details page with its details loaded. */
export async function openDetailsPage(
  cognito: TestCognito,
  overrides: Record<string, unknown> = {},
  url = PAGE,
) {
  const config = await signInAs(cognito, EMAIL, overrides);
  const view = await renderApp(url, { config });
  if (url === PAGE) {
    await screen.findByRole('heading', { level: 1, name: 'Personal details' });
    await screen.findByRole('region', { name: 'Email address' });
  }
  return view;
}

/** Opens the page again in the same tab (a reload): the user is still signed in. */
export async function reopenDetailsPage(
  cognito: TestCognito,
  overrides: Record<string, unknown> = {},
) {
  const view = await renderApp(PAGE, { config: configFor(cognito, overrides) });
  await screen.findByRole('heading', { level: 1, name: 'Personal details' });
  await screen.findByRole('region', { name: 'Email address' });
  return view;
}

/** The user's attributes as Cognito holds them, read as an admin would. */
export async function attributesOf(
  cognito: TestCognito,
  username = EMAIL,
): Promise<Record<string, string>> {
  const user = (await cognito.emulator.call('AdminGetUser', {
    UserPoolId: cognito.poolId,
    Username: username,
  })) as { UserAttributes: { Name: string; Value: string }[] };
  return Object.fromEntries(user.UserAttributes.map(({ Name, Value }) => [Name, Value]));
}

/** The newest code the pool sent to `username` to verify an attribute. */
export function verifyCode(cognito: TestCognito, username: string, attribute = 'email'): string {
  const code = cognito.emulator.lastCode(username, `VERIFY_${attribute}`);
  if (!code) throw new Error(`no VERIFY_${attribute} code for ${username}`);
  return code;
}

/** A part of the page, by its heading. */
export const region = (name: string) => within(screen.getByRole('region', { name }));

/** The page's own polite status line (the header and the banner slot have their own). */
export const pageStatus = () =>
  within(screen.getByRole('main'))
    .getAllByRole('status')
    .find((element) => element.getAttribute('aria-atomic') === 'true');

export const expectAnnounced = (text: string | RegExp) =>
  waitFor(() => expect(pageStatus()).toHaveTextContent(text));

/** The header's "Signed in as …". */
export const expectHeaderSays = (email: string) =>
  waitFor(() => expect(screen.getByRole('banner')).toHaveTextContent(`Signed in as ${email}`));
