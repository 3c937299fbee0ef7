import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { expectAccessible } from './support/accessibility.ts';
import { finish } from './support/app-actions.ts';
import { collectPageErrors } from './support/browser.ts';
import { setUpBrowserAndStack } from './support/harness.ts';
import { addUser, freshEmail } from './support/pools.ts';

const e2e = setUpBrowserAndStack();

const PASSWORD = 'Passw0rd!i18n';
const PHONE = { width: 360, height: 740 };
const DESKTOP = { width: 1280, height: 800 };

/** The sign-in form's words in a language the test reads (the catalogs must agree). */
const SIGN_IN = {
  es: { title: 'Iniciar sesión', email: 'Correo electrónico', password: 'Contraseña' },
  de: { title: 'Anmelden', email: 'E-Mail-Adresse', password: 'Passwort' },
} as const;

/**
 * A fresh context whose browser prefers `locale` (navigator.languages and Accept-Language,
 * as a Chromium profile in that language sends them), in UTC so dates are predictable.
 * `config` replaces /config.json's values for this context only.
 */
async function openIn(locale: string, config: Record<string, unknown> = {}) {
  const context = await e2e.newContext({ locale, timezoneId: 'UTC' });
  if (Object.keys(config).length > 0) {
    await context.route(`${e2e.stack.appUrl}/config.json`, (route) =>
      route.fulfill({ json: { ...e2e.stack.appConfig, ...config } }),
    );
  }
  const page = await context.newPage();
  const errors = await collectPageErrors(page);
  return { context, page, errors };
}

/** Every language on offer, the pseudo-locales too (config.json never offers them by default). */
const WITH_PSEUDO_LOCALES = { locales: ['en', 'es', 'de', 'en-XA', 'ar-XB'] };

const lang = (page: Page) => page.evaluate(() => document.documentElement.lang);
const running = (page: Page) =>
  page.waitForFunction(() => document.documentElement.dataset.app === 'running');

/** A user of the local pool, new to this test: its `locale` attribute starts unset. */
async function newUser(prefix: string) {
  const email = freshEmail(prefix);
  await addUser(e2e.stack, e2e.stack.appConfig.userPoolId, email, PASSWORD);
  return email;
}

/** The sign-in form in Spanish or German, by its labels in that language. */
async function signInIn(page: Page, language: keyof typeof SIGN_IN, email: string) {
  const words = SIGN_IN[language];
  await page.getByRole('heading', { level: 1, name: words.title }).waitFor({ timeout: 15_000 });
  await running(page);
  await page.getByRole('textbox', { name: words.email }).fill(email);
  await page.getByLabel(words.password, { exact: true }).fill(PASSWORD);
  await page.getByRole('button', { name: words.title, exact: true }).click();
}

/**
 * Signs in whatever the language (the pseudo-locales' words are generated): the form's
 * fields by name, its submit button by type.
 */
async function signInAnyLanguage(page: Page, email: string) {
  await running(page);
  const form = page.getByRole('main').locator('form');
  await form.locator('input[name="username"]').fill(email);
  await form.locator('input[name="password"]').fill(PASSWORD);
  await form.locator('button[type="submit"]').click();
}

/** The user's `locale` attribute as Cognito holds it. */
async function savedLocale(email: string): Promise<string | undefined> {
  const { UserAttributes } = (await e2e.stack.emulator.call('AdminGetUser', {
    UserPoolId: e2e.stack.appConfig.userPoolId,
    Username: email,
  })) as { UserAttributes: { Name: string; Value: string }[] };
  return UserAttributes.find((attribute) => attribute.Name === 'locale')?.Value;
}

/**
 * The profile's "Signed in" time (the `auth_time` claim, formatted by lib/i18n/format.ts) and
 * what Intl makes of the same instant in `locale`, as the profile formats it.
 */
async function signedInTime(page: Page, locale: string) {
  const time = page.getByRole('main').locator('time[datetime^="20"]').first();
  await time.waitFor({ timeout: 15_000 });
  const iso = (await time.getAttribute('datetime')) ?? '';
  const expected = new Intl.DateTimeFormat(locale, {
    dateStyle: 'medium',
    timeStyle: 'medium',
    timeZone: 'UTC',
  }).format(new Date(iso));
  return { shown: () => time.textContent(), expected };
}

/** Signs out from the header's button, named in the page's language, and lands on /sign-in. */
async function signOutIn(page: Page, signOut: string) {
  await page.getByRole('button', { name: signOut, exact: true }).click();
  await page.waitForURL(/\/sign-in/, { timeout: 15_000 });
  await expect.poll(() => page.getByRole('button', { name: signOut, exact: true }).count()).toBe(0);
}

describe('languages in Chromium against the local stack', () => {
  it('starts in Spanish for a Spanish browser, and keeps German once chosen, through the account', async () => {
    const email = await newUser('spanish');
    const { context, page, errors } = await openIn('es-ES');
    await page.goto(`${e2e.stack.appUrl}/sign-in?redirectTo=%2Fprofile`);
    await signInIn(page, 'es', email);
    expect(await lang(page)).toBe('es');

    // The profile's dates as Spanish writes them ("3 dic 2026, 9:41:00"), not English.
    await page.waitForURL(`${e2e.stack.appUrl}/profile`, { timeout: 15_000 });
    const spanish = await signedInTime(page, 'es');
    expect(await spanish.shown()).toBe(spanish.expected);
    const header = page.getByRole('banner');
    await header.getByRole('button', { name: 'Cerrar sesión', exact: true }).waitFor();

    // German from the header's menu: the page follows, and the choice goes to the account.
    await header.getByRole('combobox', { name: 'Idioma' }).selectOption('de');
    await expect.poll(() => lang(page)).toBe('de');
    const menu = header.getByRole('combobox', { name: 'Sprache' });
    expect(await menu.inputValue()).toBe('de');
    await header.getByRole('button', { name: 'Abmelden', exact: true }).waitFor();
    const german = await signedInTime(page, 'de');
    await expect
      .poll(german.shown, {
        timeout: 5000,
        message: 'the profile re-renders its dates in German after the switch',
      })
      .toBe(german.expected);
    await expect.poll(() => savedLocale(email), { timeout: 10_000 }).toBe('de');
    await expect.poll(() => menu.isEnabled()).toBe(true);

    // Signed out and in again: still German.
    await signOutIn(page, 'Abmelden');
    await page.getByRole('heading', { level: 1, name: 'Anmelden' }).waitFor();
    await signInIn(page, 'de', email);
    await header.getByRole('button', { name: 'Abmelden', exact: true }).waitFor();
    expect(await lang(page)).toBe('de');
    await signOutIn(page, 'Abmelden');

    // Without this browser's stored choice the sign-in page is Spanish again (the browser's
    // language); signing in brings back German from the account's `locale` attribute.
    await page.evaluate(() => localStorage.removeItem('app.locale'));
    await page.reload();
    await signInIn(page, 'es', email);
    await header.getByRole('button', { name: 'Abmelden', exact: true }).waitFor();
    expect(await lang(page)).toBe('de');
    expect(await header.getByRole('combobox', { name: 'Sprache' }).inputValue()).toBe('de');
    expect(await page.evaluate(() => localStorage.getItem('app.locale'))).toBe('de');
    expect(await savedLocale(email)).toBe('de');
    await finish(context, errors);
  });

  it.each([
    ['en', 'en'],
    ['es-ES', 'es'],
    ['de-DE', 'de'],
    ['en-XA', 'en-XA'],
  ])('keeps every page accessible for a browser in %s', async (browserLocale, appLocale) => {
    const email = await newUser(`axe-${appLocale}`);
    const { context, page, errors } = await openIn(browserLocale, WITH_PSEUDO_LOCALES);
    /** Opens `path` afresh and checks it in this language once it has settled. */
    const check = async (path: string) => {
      await page.goto(`${e2e.stack.appUrl}${path}`);
      await running(page);
      const heading = page.getByRole('heading', { level: 1 });
      await heading.waitFor({ timeout: 15_000 });
      expect(await lang(page)).toBe(appLocale);
      await expectAccessible(page, { settled: true });
      // The tab and a screen reader name the page by its heading, in its language.
      const name = (await heading.textContent())?.replace(/\s+/g, ' ').trim();
      expect((await page.title()).startsWith(`${name} – `)).toBe(true);
    };
    for (const path of ['/sign-up', '/forgot-password']) await check(path);
    await page.goto(`${e2e.stack.appUrl}/sign-in?redirectTo=%2Fprofile`);
    await running(page);
    expect(await lang(page)).toBe(appLocale);
    await page.getByRole('heading', { level: 1 }).waitFor();
    await expectAccessible(page);

    await signInAnyLanguage(page, email);
    await page.waitForURL(`${e2e.stack.appUrl}/profile`, { timeout: 15_000 });
    await page.getByRole('main').locator('time[datetime^="20"]').first().waitFor();
    expect(await lang(page)).toBe(appLocale);
    await expectAccessible(page, { settled: true });
    const signedIn = ['/notes', '/account/details', '/account/security', '/account/devices'];
    for (const path of [...signedIn, '/account/data']) await check(path);
    await finish(context, errors);
  });

  it('lays /sign-in and the profile out right to left in ar-XB, at 1280 and 360 px', async () => {
    const email = await newUser('rtl');
    const { context, page, errors } = await openIn('ar-XB', WITH_PSEUDO_LOCALES);
    await page.setViewportSize(DESKTOP);
    await page.goto(`${e2e.stack.appUrl}/sign-in?redirectTo=%2Fprofile`);
    await running(page);
    await page.getByRole('heading', { level: 1, name: 'Sign in' }).waitFor();
    expect(await page.evaluate(() => document.documentElement.dir)).toBe('rtl');
    expect(await lang(page)).toBe('ar-XB');

    await expectSignInRightToLeft(page);
    await expectHeaderRightToLeft(page);
    await expectAccessible(page);
    await page.setViewportSize(PHONE);
    await expectSignInRightToLeft(page);
    await expectHeaderRightToLeft(page);

    await page.setViewportSize(DESKTOP);
    await signInAnyLanguage(page, email);
    await page.waitForURL(`${e2e.stack.appUrl}/profile`, { timeout: 15_000 });
    await page.getByRole('main').locator('time[datetime^="20"]').first().waitFor();
    expect(await page.evaluate(() => document.documentElement.dir)).toBe('rtl');
    await expectHeaderRightToLeft(page);
    await expectDetailsRightToLeft(page);
    await expectAccessible(page, { settled: true });
    await page.setViewportSize(PHONE);
    await expectHeaderRightToLeft(page);

    // The claims tables: their frame's sides follow the rows' direction.
    await page.setViewportSize(DESKTOP);
    await page.goto(`${e2e.stack.appUrl}/profile/claims`);
    await page.getByRole('table').first().waitFor({ timeout: 15_000 });
    await expectTableFramedRightToLeft(page);
    await page.setViewportSize(PHONE);
    expect(await overflowsSideways(page)).toBe(false);
    await finish(context, errors);
  });
});

const overflowsSideways = (page: Page) =>
  page.evaluate(() => document.documentElement.scrollWidth > document.documentElement.clientWidth);

/** Within a pixel: edges rounded differently by layout. */
const near = (a: number, b: number) => Math.abs(a - b) <= 1.5;

/**
 * The password field's label starts at the field's right edge, and its show/hide button sits
 * inside the field's left end; nothing scrolls sideways.
 */
async function expectSignInRightToLeft(page: Page) {
  expect(await overflowsSideways(page)).toBe(false);
  const geometry = await page.evaluate(() => {
    const input = document.querySelector<HTMLInputElement>('main input[name="password"]');
    const label = input && document.querySelector(`label[for="${input.id}"]`);
    const toggle = input?.closest('.amplify-field-group')?.querySelector('button');
    if (!input || !label || !toggle) return undefined;
    const text = document.createRange();
    text.selectNodeContents(label);
    const box = (rect: DOMRect) => ({ left: rect.left, right: rect.right });
    return {
      field: box(input.getBoundingClientRect()),
      label: box(text.getBoundingClientRect()),
      toggle: box(toggle.getBoundingClientRect()),
    };
  });
  expect(geometry).toBeDefined();
  if (!geometry) return;
  const { field, label, toggle } = geometry;
  expect(near(label.right, field.right)).toBe(true);
  expect(label.left).toBeGreaterThan(field.left + 20);
  expect(toggle.right).toBeLessThan((field.left + field.right) / 2);
}

/**
 * The app's name, the header's first item, is at its right edge, and on each line of the header
 * every link, button and menu is to the left of the one before it: it reads right to left.
 */
async function expectHeaderRightToLeft(page: Page) {
  expect(await overflowsSideways(page)).toBe(false);
  const geometry = await page.evaluate(() => {
    const header = document.querySelector('header');
    if (!header) return undefined;
    const items = [...header.querySelectorAll('.app-title, a, button, select')]
      .map((element) => element.getBoundingClientRect())
      .filter((rect) => rect.width > 0)
      .map(({ left, right, top, bottom }) => ({ left, right, top, bottom }));
    const padding = Number.parseFloat(getComputedStyle(header).paddingInlineEnd);
    return { contentRight: header.getBoundingClientRect().right - padding, items };
  });
  expect(geometry).toBeDefined();
  if (!geometry) return;
  const [title, ...rest] = geometry.items;
  expect(title && near(title.right, geometry.contentRight)).toBe(true);
  let previous = title;
  let sameRow = 0;
  for (const item of rest) {
    if (previous && item.top < previous.bottom && item.bottom > previous.top) {
      expect(item.right).toBeLessThanOrEqual(previous.left + 1);
      sameRow += 1;
    }
    previous = item;
  }
  expect(sameRow).toBeGreaterThan(0);
}

/** In the profile's details, each term is to the right of its value. */
async function expectDetailsRightToLeft(page: Page) {
  expect(await overflowsSideways(page)).toBe(false);
  const pairs = await page.evaluate(() =>
    [...document.querySelectorAll('main dl > div')].map((row) => ({
      term: row.querySelector('dt')?.getBoundingClientRect().left ?? 0,
      value: row.querySelector('dd')?.getBoundingClientRect().left ?? 0,
    })),
  );
  expect(pairs.length).toBeGreaterThan(0);
  for (const { term, value } of pairs) expect(term).toBeGreaterThan(value);
}

/** A row's first cell, on the right, closes the frame on its right; the last on its left. */
async function expectTableFramedRightToLeft(page: Page) {
  const sides = await page.evaluate(() => {
    const row = document.querySelector('main table tbody tr');
    const cells = [...(row?.children ?? [])];
    const first = cells[0];
    const last = cells.at(-1);
    if (!first || !last || first === last) return undefined;
    const widths = (cell: Element) => {
      const style = getComputedStyle(cell);
      return { left: style.borderLeftWidth, right: style.borderRightWidth };
    };
    return {
      firstIsRight: first.getBoundingClientRect().left > last.getBoundingClientRect().left,
      first: widths(first),
      last: widths(last),
    };
  });
  expect(sides).toEqual({
    firstIsRight: true,
    first: { left: '0px', right: '1px' },
    last: { left: '1px', right: '0px' },
  });
}
