import { type ReactNode, useId } from 'react';
import { cx } from './style-props';

export interface FieldProps {
  label: ReactNode;
  /** Hides the label visually; it still names the control for screen readers. */
  labelHidden?: boolean;
  descriptiveText?: ReactNode;
  hasError?: boolean;
  errorMessage?: ReactNode;
  isRequired?: boolean;
  className?: string;
}

/** What the control element gets from its field: its id, its description and its state. */
export interface FieldControlProps {
  id: string;
  'aria-describedby': string | undefined;
  'aria-invalid': true | undefined;
  required: boolean | undefined;
  className: string;
}

/**
 * Amplify UI's field layout: label, description, control, error. The control is described
 * by the description and the error, so a screen reader reads why a value was refused.
 */
export function FieldShell({
  field,
  kind,
  control,
  id: givenId,
  children,
}: {
  field: FieldProps;
  kind: string;
  /** The control's Amplify UI class: input, textarea, select. */
  control: string;
  id?: string;
  children: (props: FieldControlProps) => ReactNode;
}) {
  const autoId = useId();
  const id = givenId ?? autoId;
  const descriptionId = field.descriptiveText ? `${id}-description` : undefined;
  const errorId = field.hasError && field.errorMessage ? `${id}-error` : undefined;
  const describedBy = [descriptionId, errorId].filter(Boolean).join(' ') || undefined;
  return (
    <div className={cx('amplify-flex', 'amplify-field', `amplify-${kind}`, field.className)}>
      <label
        htmlFor={id}
        className={cx('amplify-label', field.labelHidden && 'amplify-visually-hidden')}
      >
        {field.label}
      </label>
      {field.descriptiveText && (
        <div id={descriptionId} className="amplify-text amplify-field__description">
          {field.descriptiveText}
        </div>
      )}
      {children({
        id,
        'aria-describedby': describedBy,
        'aria-invalid': field.hasError || undefined,
        required: field.isRequired,
        className: cx(
          `amplify-${control}`,
          'amplify-field-group__control',
          field.hasError && `amplify-${control}--error`,
        ),
      })}
      {errorId && (
        <p id={errorId} className="amplify-text amplify-field__error-message">
          {field.errorMessage}
        </p>
      )}
    </div>
  );
}

/** Splits the field's own props from the ones for the control element. */
export function splitFieldProps<P extends FieldProps>(
  props: P,
): [FieldProps, Omit<P, keyof FieldProps>] {
  const {
    label,
    labelHidden,
    descriptiveText,
    hasError,
    errorMessage,
    isRequired,
    className,
    ...rest
  } = props;
  return [
    { label, labelHidden, descriptiveText, hasError, errorMessage, isRequired, className },
    rest,
  ];
}
