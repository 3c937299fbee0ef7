import { ControlledTextField } from '../../../components/forms/controlled-text-field';
import type { AttributeField } from '../../../lib/attributes/attribute-fields';

interface AttributeInputsProps {
  readonly fields: readonly AttributeField[];
  readonly values: Readonly<Record<string, string>>;
  readonly onChange: (name: string, value: string) => void;
  /** The DOM id for an attribute, so the form can move focus to its error. */
  readonly id: (name: string) => string;
  readonly error: (name: string) => string | undefined;
}

/** One required input per attribute the pool asks for (sign-up, first sign-in). */
export function AttributeInputs({ fields, values, onChange, id, error }: AttributeInputsProps) {
  return fields.map((field) => (
    <ControlledTextField
      key={field.name}
      id={id(field.name)}
      name={field.name}
      label={field.label}
      type={field.type}
      descriptiveText={field.hint}
      autoComplete={field.autoComplete}
      value={values[field.name] ?? ''}
      onChange={(value) => onChange(field.name, value)}
      errorMessage={error(field.name)}
    />
  ));
}
