import { useId } from 'react';
import { LanguageOptions } from '../../../../components/language-switcher';
import { Alert, Card, Heading } from '../../../../components/ui';
import { FieldShell } from '../../../../components/ui/field';
import { useChooseLocale } from '../../../../lib/auth/save-locale';
import { useConfig } from '../../../../lib/config/config-context';
import { isAppLocale, LOCALE_NAMES } from '../../../../lib/i18n/locales';
import { useI18n } from '../../../../lib/i18n/use-i18n';
import type { Announce } from '../../utils/announcer';
import { detailsMessages } from '../details-messages';

/**
 * The app's language, as the header's menu offers it: choosing one switches the page at once
 * and saves it to the user's `locale` attribute (the same save as the header's). It replaces
 * the `locale` field of the details form, so the two can never disagree.
 */
export function LanguageSection({ announce }: { announce: Announce }) {
  const headingId = useId();
  const { locales } = useConfig();
  const { locale, t } = useI18n(detailsMessages);
  const { choose, saving, failed } = useChooseLocale((chosen) =>
    // Said in the new language: the page has switched by now.
    announce(detailsMessages.t('details.language.saved', { language: LOCALE_NAMES[chosen] })),
  );
  if (locales.length < 2) return null;

  return (
    <Card as="section" variation="outlined" aria-labelledby={headingId} className="details-section">
      <Heading level={2} id={headingId}>
        {t('details.language.title')}
      </Heading>
      <FieldShell
        field={{ label: t('details.language.label'), descriptiveText: t('details.language.hint') }}
        kind="selectfield"
        control="input"
      >
        {(control) => (
          <select
            {...control}
            className={`${control.className} details-select`}
            name="locale"
            autoComplete="language"
            value={locale}
            disabled={saving}
            onChange={(event) => {
              if (isAppLocale(event.target.value)) void choose(event.target.value);
            }}
          >
            <LanguageOptions locales={locales} />
          </select>
        )}
      </FieldShell>
      {failed && <Alert variation="warning">{t('locale.saveFailed')}</Alert>}
    </Card>
  );
}
