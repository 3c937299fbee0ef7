import { TextField } from './ui';

export const CODE_LENGTH = 6;

/** Digits only, at most six: a pasted "123 456" or "Your code is 123456" becomes "123456". */
export const cleanCode = (value: string): string => value.replace(/\D/g, '').slice(0, CODE_LENGTH);

export const isCompleteCode = (code: string): boolean => /^\d{6}$/.test(code);

interface OneTimeCodeFieldProps {
  readonly id: string;
  readonly value: string;
  readonly onChange: (code: string) => void;
  readonly errorMessage?: string;
  readonly hint?: string;
}

/**
 * A 6-digit code input: numeric keypad on phones, the OS's "code from Messages/Mail"
 * autofill (one-time-code), and no maxLength, so pasting a code with spaces still works.
 */
export function OneTimeCodeField({
  id,
  value,
  onChange,
  errorMessage,
  hint,
}: OneTimeCodeFieldProps) {
  return (
    <TextField
      id={id}
      name="code"
      label="6-digit code"
      descriptiveText={hint}
      inputMode="numeric"
      autoComplete="one-time-code"
      autoCapitalize="none"
      spellCheck={false}
      isRequired
      value={value}
      onChange={(event) => onChange(cleanCode(event.target.value))}
      hasError={Boolean(errorMessage)}
      errorMessage={errorMessage}
    />
  );
}
