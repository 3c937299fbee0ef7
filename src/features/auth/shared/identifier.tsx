import { TextField } from '../../../components/ui';
import { useConfig } from '../../../lib/config/config-context';
import type { UsernameAttribute } from '../../../lib/config/types';

/** How the sign-in identifier is asked for, given what the pool uses as the username. */
export interface IdentifierKind {
  readonly label: string;
  readonly type: 'email' | 'tel' | 'text';
  readonly hint?: string;
  /** For error messages: "Enter your email." */
  readonly noun: string;
}

export const IDENTIFIER: Record<UsernameAttribute, IdentifierKind> = {
  email: { label: 'Email', type: 'email', noun: 'email' },
  phone_number: {
    label: 'Phone number',
    type: 'tel',
    noun: 'phone number',
    hint: 'Include the country code, like +14155550123.',
  },
  username: { label: 'Username', type: 'text', noun: 'username' },
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
  return (
    <TextField
      id={id}
      name="username"
      label={identifier.label}
      type={identifier.type}
      descriptiveText={identifier.hint}
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
