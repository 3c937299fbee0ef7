import { useEffect } from 'react';
import { LanguageSwitcher } from '../../../components/language-switcher';
import { Alert } from '../../../components/ui';
import { useCurrentSession } from '../../../lib/auth/get-current-session';
import { useChooseLocale } from '../../../lib/auth/save-locale';
import { useConfig } from '../../../lib/config/config-context';
import { activateLocale, activeLocale } from '../../../lib/i18n/i18n';
import { matchLocale } from '../../../lib/i18n/resolve-locale';
import { storeLocale } from '../../../lib/i18n/stored-locale';
import { useI18n } from '../../../lib/i18n/use-i18n';

const errorName = (error: unknown) => (error instanceof Error ? error.name : 'UnknownError');

/**
 * The header's language menu. Signed out, the choice is kept on this browser; signed in, it is
 * also saved to the user's `locale` attribute, which the app follows on any device.
 */
export function LanguageMenu() {
  const { locales } = useConfig();
  const session = useCurrentSession();
  const { t } = useI18n();
  const { choose, saving, failed } = useChooseLocale();

  // The user's saved language wins over this browser's, once the session says who it is.
  const saved = session?.locale ? matchLocale(session.locale, locales) : undefined;
  useEffect(() => {
    if (!saved || saved === activeLocale()) return;
    storeLocale(saved);
    activateLocale(saved).catch((error) => console.error(`[i18n] ${errorName(error)}`));
  }, [saved]);

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
