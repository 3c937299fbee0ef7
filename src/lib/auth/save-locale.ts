import { type QueryClient, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { activateLocale } from '../i18n/i18n';
import type { AppLocale } from '../i18n/locales';
import { storeLocale } from '../i18n/stored-locale';
import { useCurrentSession } from './get-current-session';

const errorName = (error: unknown) => (error instanceof Error ? error.name : 'UnknownError');

/**
 * Saves `locale` to the signed-in user's Cognito `locale` attribute, then refreshes the tokens
 * so the next visit (on any device) starts in it. Amplify's attribute calls load only now:
 * the header that offers this is on every page.
 */
export async function saveLocale(locale: AppLocale, queryClient: QueryClient): Promise<void> {
  const [{ updateUserAttributes }, { catchUpWithAttributes }] = await Promise.all([
    import('./update-user-attributes'),
    import('./catch-up-with-attributes'),
  ]);
  await updateUserAttributes({ set: { locale }, remove: [] });
  await catchUpWithAttributes(queryClient);
}

/**
 * Choosing a language, wherever it is offered (the header, personal details): the app switches
 * to it and this browser keeps it; signed in, it is also saved to the `locale` attribute (which
 * a custom-message trigger can use for the emails with codes). A failed save keeps the choice
 * on this device and says so through `failed`.
 */
export function useChooseLocale(onSaved?: (locale: AppLocale) => void) {
  const session = useCurrentSession();
  const queryClient = useQueryClient();
  const [saving, setSaving] = useState(false);
  const [failed, setFailed] = useState(false);

  const choose = async (locale: AppLocale) => {
    setFailed(false);
    storeLocale(locale);
    try {
      await activateLocale(locale);
    } catch (error) {
      console.error(`[i18n] ${locale} did not load: ${errorName(error)}`);
      return;
    }
    if (!session) return;
    setSaving(true);
    try {
      await saveLocale(locale, queryClient);
      onSaved?.(locale);
    } catch (error) {
      console.error(`[i18n] saving the locale attribute failed: ${errorName(error)}`);
      setFailed(true);
    } finally {
      setSaving(false);
    }
  };

  return { choose, saving, failed };
}
