import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect } from 'vitest';
import { activateLocale } from '../../../src/lib/i18n/i18n';
import type { AppLocale } from '../../../src/lib/i18n/locales';

/** The languages translated from English: every catalog has them complete. */
export const TRANSLATED = ['es', 'de'] as const;

/** Every catalog folder under src/ (`messages` or `…-messages`, with an en.json), relative to the repo. */
export function catalogFolders(dir = 'src'): string[] {
  const found: string[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (!entry.isDirectory()) continue;
    const path = join(dir, entry.name);
    if (/^(?:[a-z-]+-)?messages$/.test(entry.name)) found.push(path);
    else found.push(...catalogFolders(path));
  }
  return found.sort();
}

/** A catalog as written (an import would give it compiled, as the app gets it). */
export const readCatalog = (folder: string, locale: string): Record<string, string> =>
  JSON.parse(readFileSync(join(folder, `${locale}.json`), 'utf8'));

/**
 * Starts the next render in `locale`: stored as this browser's choice (what renderApp's boot
 * reads) and made active (what components rendered without the app use). setup.ts goes back
 * to English after each test.
 */
export async function chooseLocale(locale: AppLocale): Promise<void> {
  localStorage.setItem('app.locale', locale);
  await activateLocale(locale);
}

/** Every piece of text a user meets: text, labels, accessible names and placeholders. */
export function shownText(root: HTMLElement = document.body): string[] {
  const texts: string[] = [];
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const parent = node.parentElement;
    if (parent?.closest('script, style, [hidden]')) continue;
    if (node.textContent?.trim()) texts.push(node.textContent.trim());
  }
  for (const element of root.querySelectorAll('[aria-label], [placeholder], [title], [alt]')) {
    for (const name of ['aria-label', 'placeholder', 'title', 'alt']) {
      const value = element.getAttribute(name);
      if (value) texts.push(value);
    }
  }
  return texts;
}

// Language names are shown in their own language in every locale; "RTL" names the pseudo one.
const ALWAYS = ['English', 'Español', 'Deutsch', 'RTL'];

/**
 * In the pseudo-locale every message is accented: a run of two plain letters is text that
 * never went through a catalog. `data` lists what is not text (emails, names, ids, units).
 */
export function expectNoUnaccentedText(data: readonly string[] = [], root = document.body): void {
  const allowed = [...data, ...ALWAYS].sort((a, b) => b.length - a.length);
  const english = shownText(root)
    .map((text) => allowed.reduce((rest, value) => rest.replaceAll(value, ''), text))
    .filter((text) => /[A-Za-z]{2,}/.test(text));
  expect(english).toEqual([]);
}
