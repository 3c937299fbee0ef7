import { describe, expect, it } from 'vitest';
import { catalogFolders, readCatalog, TRANSLATED } from './locale-support';

const folders = catalogFolders();
// {name}, {count, plural, …} and <0>: the words inside plural branches are translated.
const placeholders = (text: string) => [...new Set(text.match(/\{\w+[,}]|<\d+>/g))].sort();

describe('the message catalogs', () => {
  it('are found beside the features that show them', () => {
    expect(folders).toContain('src/lib/i18n/messages');
    expect(folders.length).toBeGreaterThan(2);
  });

  it('give every message one id across all catalogs', () => {
    const owner = new Map<string, string>();
    const clashes: string[] = [];
    for (const folder of folders) {
      for (const id of Object.keys(readCatalog(folder, 'en'))) {
        const other = owner.get(id);
        if (other) clashes.push(`${id}: ${other} and ${folder}`);
        owner.set(id, folder);
      }
    }
    expect(clashes).toEqual([]);
  });

  describe.each(folders)('%s', (folder) => {
    const en = readCatalog(folder, 'en');

    it.each(TRANSLATED)('%s translates every English message and nothing else', (locale) => {
      expect(Object.keys(readCatalog(folder, locale)).sort()).toEqual(Object.keys(en).sort());
    });

    it.each(TRANSLATED)('%s keeps every placeholder of the English message', (locale) => {
      const translated = readCatalog(folder, locale);
      for (const [id, text] of Object.entries(en)) {
        expect([id, placeholders(translated[id] ?? '')]).toEqual([id, placeholders(text)]);
      }
    });

    it.each(TRANSLATED)('%s has no message left empty or in English', (locale) => {
      const translated = readCatalog(folder, locale);
      // A long message identical to the English one was copied, not translated.
      const untranslated = Object.entries(en)
        .filter(
          ([id, text]) =>
            translated[id]?.trim() === '' ||
            (translated[id] === text &&
              /[a-z]{4,}.*\s.*[a-z]{4,}/i.test(text.replace(/\{[^}]*\}/g, ''))),
        )
        .map(([id]) => id);
      expect(untranslated).toEqual([]);
    });
  });
});
