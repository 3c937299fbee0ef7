import { type AttributeMessageId, attributeMessages } from './attribute-messages';

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

type Known = Pick<AttributeField, 'autoComplete'> & {
  readonly label: AttributeMessageId;
  readonly hint?: AttributeMessageId;
  readonly type?: AttributeField['type'];
  readonly select?: 'locale';
};

/** The example every phone hint and error gives: E.164, as Cognito stores numbers. */
export const PHONE_EXAMPLE = '+14155550123';

// Cognito's standard (OIDC) attributes; autocomplete tokens follow the HTML spec, so browsers
// fill the user's own details and never someone else's. Labels are message ids, worded in the
// active language each time a form asks.
const KNOWN: Record<string, Known> = {
  name: { label: 'attribute.name', autoComplete: 'name' },
  given_name: { label: 'attribute.given_name', autoComplete: 'given-name' },
  family_name: { label: 'attribute.family_name', autoComplete: 'family-name' },
  middle_name: { label: 'attribute.middle_name', autoComplete: 'additional-name' },
  nickname: { label: 'attribute.nickname', autoComplete: 'nickname' },
  preferred_username: { label: 'attribute.preferred_username', autoComplete: 'off' },
  email: { label: 'attribute.email', type: 'email', autoComplete: 'email' },
  phone_number: {
    label: 'attribute.phone_number',
    type: 'tel',
    autoComplete: 'tel',
    hint: 'attribute.phone_number.hint',
  },
  birthdate: { label: 'attribute.birthdate', type: 'date', autoComplete: 'bday' },
  gender: { label: 'attribute.gender', autoComplete: 'sex' },
  locale: {
    label: 'attribute.locale',
    autoComplete: 'language',
    select: 'locale',
    hint: 'attribute.locale.hint',
  },
  zoneinfo: { label: 'attribute.zoneinfo', autoComplete: 'off', hint: 'attribute.zoneinfo.hint' },
  address: { label: 'attribute.address', autoComplete: 'street-address' },
  website: { label: 'attribute.website', type: 'url', autoComplete: 'url' },
  profile: { label: 'attribute.profile', type: 'url', autoComplete: 'url' },
  picture: { label: 'attribute.picture', type: 'url', autoComplete: 'photo' },
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

/** How to ask for `name`, in the active language: call it when rendering, not at module load. */
export function attributeField(name: string): AttributeField {
  const known = KNOWN[name];
  // Custom attributes are the app's own: the browser has nothing to fill them with, and their
  // names are the deploy's, shown as written.
  if (!known) return { name, label: humaniseAttribute(name), type: 'text', autoComplete: 'off' };
  const { t } = attributeMessages;
  return {
    name,
    type: known.type ?? 'text',
    autoComplete: known.autoComplete,
    label: t(known.label),
    ...(known.hint && { hint: t(known.hint, { example: PHONE_EXAMPLE }) }),
    ...(known.select && { select: known.select }),
  };
}
