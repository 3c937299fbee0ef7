import { describe, expect, it, vi } from 'vitest';
import { expectConsoleError } from '../../../tests/components/console-guard';
import { defineMessages } from './define-messages';
import { activateLocale, messagesReady, messagesRevision, onLocaleChange } from './i18n';

// The app project shares modules between files (isolate: false): these catalogs stay
// registered, so their ids are unique and every translation loads in the end.
const compiled = (text: string) => text as never;

describe('catalogs split by feature', () => {
  it('loads a catalog’s translation with the language, and English until then', async () => {
    const es = vi.fn(async () => ({ default: { 'test.greeting': compiled('Hola') } }));
    const messages = defineMessages(
      { 'test.greeting': 'Hello' },
      { es, de: async () => ({ default: { 'test.greeting': compiled('Hallo') } }) },
    );
    expect(messages.t('test.greeting')).toBe('Hello');
    expect(es).not.toHaveBeenCalled();

    await activateLocale('es');
    expect(messages.t('test.greeting')).toBe('Hola');
    await activateLocale('de');
    expect(messages.t('test.greeting')).toBe('Hallo');
    await activateLocale('en');
    await activateLocale('es');
    expect(es).toHaveBeenCalledTimes(1);
    await activateLocale('en');
  });

  it('fetches a catalog registered in another language at once, and re-renders when it arrives', async () => {
    await activateLocale('de');
    const listener = vi.fn();
    const stop = onLocaleChange(listener);
    const before = messagesRevision();
    const messages = defineMessages(
      { 'test.late': 'Later' },
      {
        es: async () => ({ default: { 'test.late': compiled('Más tarde') } }),
        de: async () => ({ default: { 'test.late': compiled('Später') } }),
      },
    );
    expect(messages.t('test.late')).toBe('Later');
    await messagesReady();
    expect(messages.t('test.late')).toBe('Später');
    await vi.waitFor(() => expect(listener).toHaveBeenCalled());
    expect(messagesRevision()).toBeGreaterThan(before);
    stop();
    await activateLocale('en');
  });

  it('keeps the language when a translation fails to load, and tries again next time', async () => {
    let attempts = 0;
    const messages = defineMessages(
      { 'test.flaky': 'Flaky' },
      {
        es: async () => {
          attempts += 1;
          if (attempts === 1) throw new TypeError('Failed to fetch');
          return { default: { 'test.flaky': compiled('Inestable') } };
        },
        de: async () => ({ default: { 'test.flaky': compiled('Wackelig') } }),
      },
    );
    await expect(activateLocale('es')).rejects.toThrow('Failed to fetch');
    expect(messages.t('test.flaky')).toBe('Flaky');
    await activateLocale('es');
    expect(messages.t('test.flaky')).toBe('Inestable');
    await activateLocale('en');
  });

  it('logs an id no catalog has, so a test fails on it', () => {
    expectConsoleError(/\[i18n\] no message "test\.nowhere" in en/);
    const messages = defineMessages(
      {},
      { es: async () => ({ default: {} }), de: async () => ({ default: {} }) },
    );
    expect(messages.t('test.nowhere' as never)).toBe('test.nowhere');
  });
});
