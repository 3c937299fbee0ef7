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

export interface FieldIds {
  id: string;
  describedBy: string | undefined;
}

/**
 * Amplify UI's field layout: label, description, control, error. The control is described
 * by the description and the error, so a screen reader reads why a value was refused.
 */
export function FieldShell({
  field,
  kind,
  id: givenId,
  children,
}: {
  field: FieldProps;
  kind: string;
  id?: string;
  children: (ids: FieldIds) => ReactNode;
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
      {children({ id, describedBy })}
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
