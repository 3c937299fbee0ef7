import { TextField } from '../ui';
import type { TextFieldProps } from '../ui/text-field';

type ControlledTextFieldProps = Omit<
  TextFieldProps,
  'value' | 'onChange' | 'hasError' | 'errorMessage'
> & {
  readonly value: string;
  readonly onChange: (value: string) => void;
  /** Shown under the field, which is then marked invalid. */
  readonly errorMessage?: string;
  /** Typed exactly as it is (an address, a code): no autocapitalization or spellcheck. */
  readonly verbatim?: boolean;
};

/** A required text field held in state: it reports the new value, and shows its error if any. */
export function ControlledTextField({
  value,
  onChange,
  errorMessage,
  verbatim,
  ...field
}: ControlledTextFieldProps) {
  return (
    <TextField
      isRequired
      {...(verbatim && { autoCapitalize: 'none', spellCheck: false })}
      {...field}
      value={value}
      onChange={(event) => onChange(event.target.value)}
      hasError={Boolean(errorMessage)}
      errorMessage={errorMessage}
    />
  );
}
