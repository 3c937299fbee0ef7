/**
 * BCP 47 tags offered for `locale`: the languages most apps translate into. A user's current
 * value is offered too when it is not among them, so saving the form never changes it unasked.
 */
const COMMON_LOCALES = [
  'ar',
  'cs',
  'da',
  'de',
  'de-AT',
  'de-CH',
  'el',
  'en',
  'en-AU',
  'en-CA',
  'en-GB',
  'en-IE',
  'en-IN',
  'en-NZ',
  'en-US',
  'es',
  'es-ES',
  'es-MX',
  'fi',
  'fr',
  'fr-CA',
  'fr-FR',
  'he',
  'hi',
  'hu',
  'id',
  'it',
  'ja',
  'ko',
  'nb',
  'nl',
  'pl',
  'pt',
  'pt-BR',
  'pt-PT',
  'ro',
  'ru',
  'sv',
  'th',
  'tr',
  'uk',
  'vi',
  'zh-CN',
  'zh-TW',
] as const;

export interface LocaleOption {
  readonly tag: string;
  readonly label: string;
}

const names = new Intl.DisplayNames(['en'], { type: 'language', languageDisplay: 'standard' });

/** "English (United Kingdom) – en-GB"; the tag itself when the browser cannot name it. */
function describe(tag: string): string {
  try {
    const name = names.of(tag);
    return name && name !== tag ? `${name} – ${tag}` : tag;
  } catch {
    // Not a well-formed tag (set by an admin or another app): shown as it is.
    return tag;
  }
}

/** The choices for `locale`, by name, with `current` among them. */
export function localeOptions(current: string): LocaleOption[] {
  const tags = new Set<string>(COMMON_LOCALES);
  if (current) tags.add(current);
  return [...tags]
    .map((tag) => ({ tag, label: describe(tag) }))
    .sort((a, b) => a.label.localeCompare(b.label));
}
