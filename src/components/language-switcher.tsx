import { useId } from 'react';
import { type AppLocale, isAppLocale, LOCALE_NAMES } from '../lib/i18n/locales';
import { useI18n } from '../lib/i18n/use-i18n';
import './language-switcher.css';

interface LanguageSwitcherProps {
  /** The languages on offer (config `locales`), in the menu's order. */
  readonly locales: readonly AppLocale[];
  /** Called with the language picked; the caller activates and saves it. */
  readonly onChoose: (locale: AppLocale) => void;
  readonly disabled?: boolean;
}

/**
 * A labelled menu of languages, each named in its own language (and marked with its `lang`,
 * so a screen reader pronounces it right). Hidden when only one language is offered.
 */
export function LanguageSwitcher({ locales, onChoose, disabled }: LanguageSwitcherProps) {
  const { locale, t } = useI18n();
  const id = useId();
  if (locales.length < 2) return null;
  return (
    <span className="language-switcher">
      <label htmlFor={id} className="amplify-visually-hidden">
        {t('locale.label')}
      </label>
      <select
        id={id}
        value={locale}
        disabled={disabled}
        onChange={(event) => {
          if (isAppLocale(event.target.value)) onChoose(event.target.value);
        }}
      >
        <LanguageOptions locales={locales} />
      </select>
    </span>
  );
}

/** The `<option>`s of a language menu: each language named in its own words, with its `lang`. */
export function LanguageOptions({ locales }: { readonly locales: readonly AppLocale[] }) {
  return locales.map((option) => (
    <option key={option} value={option} lang={option}>
      {LOCALE_NAMES[option]}
    </option>
  ));
}
