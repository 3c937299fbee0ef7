import { TextField } from '../../../components/ui';
import { useConfig } from '../../../lib/config/config-context';
import type { UsernameAttribute } from '../../../lib/config/types';
import { useI18n } from '../../../lib/i18n/use-i18n';
import { type IdentifierMessageId, identifierMessages } from './identifier-messages';

/** How the sign-in identifier is asked for, given what the pool uses as the username. */
export interface IdentifierKind {
  readonly label: IdentifierMessageId;
  readonly type: 'email' | 'tel' | 'text';
  readonly hint?: IdentifierMessageId;
  /** The error for an empty field: "Enter your email." (a whole sentence: nouns inflect). */
  readonly missing: IdentifierMessageId;
}

export const IDENTIFIER: Record<UsernameAttribute, IdentifierKind> = {
  email: { label: 'identifier.email', type: 'email', missing: 'identifier.enterEmail' },
  phone_number: {
    label: 'identifier.phone',
    type: 'tel',
    missing: 'identifier.enterPhone',
    hint: 'identifier.phoneHint',
  },
  username: { label: 'identifier.username', type: 'text', missing: 'identifier.enterUsername' },
};

interface IdentifierFieldProps {
  readonly id: string;
  readonly value: string;
  readonly onChange: (value: string) => void;
  readonly errorMessage?: string;
  /** "username" to fill in an existing account; sign-up and passkeys say otherwise. */
  readonly autoComplete?: string;
}

/** What the pool signs in with (email, phone number or username), labelled and typed to match. */
export function IdentifierField({
  id,
  value,
  onChange,
  errorMessage,
  autoComplete = 'username',
}: IdentifierFieldProps) {
  const identifier = IDENTIFIER[useConfig().usernameAttribute];
  const { t } = useI18n(identifierMessages);
  return (
    <TextField
      id={id}
      name="username"
      label={t(identifier.label)}
      type={identifier.type}
      descriptiveText={identifier.hint && t(identifier.hint)}
      autoComplete={autoComplete}
      autoCapitalize="none"
      spellCheck={false}
      isRequired
      value={value}
      onChange={(event) => onChange(event.target.value)}
      hasError={Boolean(errorMessage)}
      errorMessage={errorMessage}
    />
  );
}
