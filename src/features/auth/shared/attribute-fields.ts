/** How to ask for one Cognito attribute: a label people understand and the right input. */
export interface AttributeField {
  readonly name: string;
  readonly label: string;
  readonly type: 'text' | 'email' | 'tel' | 'date' | 'url';
  readonly autoComplete?: string;
  readonly hint?: string;
}

type Known = Omit<AttributeField, 'name' | 'type'> & { type?: AttributeField['type'] };

const E164_HINT = 'Include the country code, like +14155550123.';

// Standard OIDC attributes Cognito knows; autocomplete tokens follow the HTML spec.
const KNOWN: Record<string, Known> = {
  name: { label: 'Full name', autoComplete: 'name' },
  given_name: { label: 'First name', autoComplete: 'given-name' },
  family_name: { label: 'Last name', autoComplete: 'family-name' },
  middle_name: { label: 'Middle name', autoComplete: 'additional-name' },
  nickname: { label: 'Nickname', autoComplete: 'nickname' },
  preferred_username: { label: 'Preferred username', autoComplete: 'off' },
  email: { label: 'Email', type: 'email', autoComplete: 'email' },
  phone_number: { label: 'Phone number', type: 'tel', autoComplete: 'tel', hint: E164_HINT },
  birthdate: { label: 'Date of birth', type: 'date', autoComplete: 'bday' },
  gender: { label: 'Gender', autoComplete: 'sex' },
  locale: { label: 'Language', autoComplete: 'language' },
  zoneinfo: { label: 'Time zone' },
  address: { label: 'Address', autoComplete: 'street-address' },
  website: { label: 'Website', type: 'url', autoComplete: 'url' },
  profile: { label: 'Profile page', type: 'url' },
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
  return known
    ? { name, type: 'text', ...known }
    : { name, label: humaniseAttribute(name), type: 'text' };
}
