import { FieldShell } from '../../../../components/ui/field';
import { localeOptions } from '../utils/locales';

interface LocaleSelectProps {
  readonly id: string;
  readonly label: string;
  readonly hint?: string;
  readonly value: string;
  readonly onChange: (value: string) => void;
  readonly errorMessage?: string;
}

/** `locale` as a choice of BCP 47 tags, so Cognito only ever gets a well-formed one. */
export function LocaleSelect({
  id,
  label,
  hint,
  value,
  onChange,
  errorMessage,
}: LocaleSelectProps) {
  return (
    <FieldShell
      field={{ label, descriptiveText: hint, hasError: Boolean(errorMessage), errorMessage }}
      kind="selectfield"
      control="input"
      id={id}
    >
      {(control) => (
        <select
          {...control}
          className={`${control.className} details-select`}
          name="locale"
          autoComplete="language"
          value={value}
          onChange={(event) => onChange(event.target.value)}
        >
          <option value="">Not set</option>
          {localeOptions(value).map(({ tag, label: name }) => (
            <option key={tag} value={tag}>
              {name}
            </option>
          ))}
        </select>
      )}
    </FieldShell>
  );
}
