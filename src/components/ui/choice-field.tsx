import { createContext, type ReactNode, useContext, useId } from 'react';
import { cx } from './style-props';
import './styles/choice-field.css';

interface RadioGroup {
  name: string;
  value?: string;
  onChange?: (value: string) => void;
}
const RadioGroupContext = createContext<RadioGroup | undefined>(undefined);

export interface RadioGroupFieldProps {
  legend: ReactNode;
  name: string;
  value?: string;
  onChange?: (value: string) => void;
  hasError?: boolean;
  errorMessage?: ReactNode;
  children: ReactNode;
  className?: string;
}

/** A fieldset of radios: the legend names the group, arrow keys move between choices. */
export function RadioGroupField({
  legend,
  name,
  value,
  onChange,
  hasError,
  errorMessage,
  children,
  className,
}: RadioGroupFieldProps) {
  const errorId = useId();
  return (
    <fieldset
      className={cx(
        'amplify-flex',
        'amplify-field',
        'amplify-radiogroupfield',
        'amplify-fieldset',
        className,
      )}
      aria-describedby={hasError && errorMessage ? errorId : undefined}
    >
      <legend className="amplify-label amplify-fieldset__legend">{legend}</legend>
      <div className="amplify-flex amplify-radiogroup">
        <RadioGroupContext.Provider value={{ name, value, onChange }}>
          {children}
        </RadioGroupContext.Provider>
      </div>
      {hasError && errorMessage && (
        <p id={errorId} className="amplify-text amplify-field__error-message">
          {errorMessage}
        </p>
      )}
    </fieldset>
  );
}

export function Radio({
  value,
  children,
  isDisabled,
}: {
  value: string;
  children: ReactNode;
  isDisabled?: boolean;
}) {
  const group = useContext(RadioGroupContext);
  if (!group) throw new Error('Radio must be inside a RadioGroupField');
  return (
    <label className={cx('amplify-flex', 'amplify-radio', isDisabled && 'amplify-radio--disabled')}>
      <input
        type="radio"
        className="amplify-radio__input"
        name={group.name}
        value={value}
        disabled={isDisabled}
        {...(group.value === undefined
          ? {}
          : { checked: group.value === value, onChange: () => group.onChange?.(value) })}
      />
      <span className="amplify-flex amplify-radio__button" aria-hidden="true" />
      <span className="amplify-text amplify-radio__label">{children}</span>
    </label>
  );
}
