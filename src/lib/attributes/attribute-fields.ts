/**
 * How to ask for one Cognito attribute, on sign-up, the new-password step and personal details:
 * a label people understand, and the right input.
 */
export interface AttributeField {
  readonly name: string;
  readonly label: string;
  readonly type: 'text' | 'email' | 'tel' | 'date' | 'url';
  readonly autoComplete: string;
  readonly hint?: string;
  /** `locale` is a choice of language tags rather than free text. */
  readonly select?: 'locale';
}

type Known = Omit<AttributeField, 'name' | 'type' | 'autoComplete'> & {
  type?: AttributeField['type'];
  autoComplete?: string;
};

/** The example every phone hint and error gives: E.164, as Cognito stores numbers. */
export const PHONE_EXAMPLE = '+14155550123';

// Cognito's standard (OIDC) attributes; autocomplete tokens follow the HTML spec, so browsers
// fill the user's own details and never someone else's.
const KNOWN: Record<string, Known> = {
  name: { label: 'Full name', autoComplete: 'name' },
  given_name: { label: 'First name', autoComplete: 'given-name' },
  family_name: { label: 'Last name', autoComplete: 'family-name' },
  middle_name: { label: 'Middle name', autoComplete: 'additional-name' },
  nickname: { label: 'Nickname', autoComplete: 'nickname' },
  preferred_username: { label: 'Preferred username', autoComplete: 'off' },
  email: { label: 'Email', type: 'email', autoComplete: 'email' },
  phone_number: {
    label: 'Phone number',
    type: 'tel',
    autoComplete: 'tel',
    hint: `Start with + and your country code, like ${PHONE_EXAMPLE}.`,
  },
  birthdate: { label: 'Date of birth', type: 'date', autoComplete: 'bday' },
  gender: { label: 'Gender', autoComplete: 'sex' },
  locale: {
    label: 'Language',
    autoComplete: 'language',
    select: 'locale',
    hint: 'The language we use when we write to you.',
  },
  zoneinfo: { label: 'Time zone', hint: 'For example Europe/Paris or America/New_York.' },
  address: { label: 'Address', autoComplete: 'street-address' },
  website: { label: 'Website', type: 'url', autoComplete: 'url' },
  profile: { label: 'Profile page', type: 'url', autoComplete: 'url' },
  picture: { label: 'Picture URL', type: 'url', autoComplete: 'photo' },
};

/** "custom:favourite_colour" → "Favourite colour", "custom:teamName" → "Team name". */
export function humaniseAttribute(name: string): string {
  const words = name
    .replace(/^custom:/, '')
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .split(/[\s_-]+/)
    .filter(Boolean)
    .map((word) => word.toLowerCase());
  const text = words.join(' ');
  return text ? text.charAt(0).toUpperCase() + text.slice(1) : name;
}

export function attributeField(name: string): AttributeField {
  const known = KNOWN[name];
  // Custom attributes are the app's own: the browser has nothing to fill them with.
  return known
    ? { name, type: 'text', autoComplete: 'off', ...known }
    : { name, label: humaniseAttribute(name), type: 'text', autoComplete: 'off' };
}
