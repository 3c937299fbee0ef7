import type { ContactAttribute } from '../../../../lib/auth/fetch-user-attributes';
import type { DetailsMessageId } from '../details-messages';

type Text =
  | 'none'
  | 'add'
  | 'change'
  | 'verify'
  | 'keepCurrent'
  | 'nowUnverified'
  | 'nowVerified'
  | 'enterNew'
  | 'same'
  | 'changeForm'
  | 'newLabel'
  | 'newHint';

const KEYS: readonly Text[] = [
  'none',
  'add',
  'change',
  'verify',
  'keepCurrent',
  'nowUnverified',
  'nowVerified',
  'enterNew',
  'same',
  'changeForm',
  'newLabel',
  'newHint',
];

const idsFor = (prefix: 'details.email' | 'details.phone') =>
  Object.fromEntries(KEYS.map((key) => [key, `${prefix}.${key}`])) as Record<
    Text,
    DetailsMessageId
  >;

/**
 * What the contact sections say, by attribute: a whole sentence each, since languages inflect
 * "email address" and "phone number" differently (no "Add a {noun}").
 */
export const CONTACT_TEXT: Record<ContactAttribute, Readonly<Record<Text, DetailsMessageId>>> = {
  email: idsFor('details.email'),
  phone_number: idsFor('details.phone'),
};
