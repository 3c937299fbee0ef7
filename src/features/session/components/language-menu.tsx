import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { LanguageSwitcher } from '../../../components/language-switcher';
import { Alert } from '../../../components/ui';
import { useCurrentSession } from '../../../lib/auth/get-current-session';
import { useConfig } from '../../../lib/config/config-context';
import { activateLocale, activeLocale } from '../../../lib/i18n/i18n';
import type { AppLocale } from '../../../lib/i18n/locales';
import { matchLocale } from '../../../lib/i18n/resolve-locale';
import { storeLocale } from '../../../lib/i18n/stored-locale';
import { useI18n } from '../../../lib/i18n/use-i18n';

const errorName = (error: unknown) => (error instanceof Error ? error.name : 'UnknownError');

// Amplify's attribute calls are needed only when someone signed in picks a language.
async function saveLocale(locale: AppLocale, queryClient: ReturnType<typeof useQueryClient>) {
  const [{ updateUserAttributes }, { catchUpWithAttributes }] = await Promise.all([
    import('../../../lib/auth/update-user-attributes'),
    import('../../../lib/auth/catch-up-with-attributes'),
  ]);
  await updateUserAttributes({ set: { locale }, remove: [] });
  // New tokens carry the new `locale` claim, so the next visit starts in it.
  await catchUpWithAttributes(queryClient);
}

/**
 * The header's language menu. Signed out, the choice is kept on this browser; signed in, it is
 * also saved to the user's `locale` attribute, which the app follows on any device (and a
 * custom-message trigger can use for the emails with codes).
 */
export function LanguageMenu() {
  const { locales } = useConfig();
  const session = useCurrentSession();
  const queryClient = useQueryClient();
  const { t } = useI18n();
  const [saving, setSaving] = useState(false);
  const [failed, setFailed] = useState(false);

  // The user's saved language wins over this browser's, once the session says who it is.
  const saved = session?.locale ? matchLocale(session.locale, locales) : undefined;
  useEffect(() => {
    if (!saved || saved === activeLocale()) return;
    storeLocale(saved);
    activateLocale(saved).catch((error) => console.error(`[i18n] ${errorName(error)}`));
  }, [saved]);

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
    } catch (error) {
      console.error(`[i18n] saving the locale attribute failed: ${errorName(error)}`);
      setFailed(true);
    } finally {
      setSaving(false);
    }
  };

  return (
    <>
      <LanguageSwitcher locales={locales} onChoose={choose} disabled={saving} />
      {failed && (
        <Alert variation="warning" className="app-account__error">
          {t('locale.saveFailed')}
        </Alert>
      )}
    </>
  );
}
