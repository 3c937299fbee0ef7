import {
  type InputHTMLAttributes,
  type ReactNode,
  type Ref,
  type TextareaHTMLAttributes,
  useState,
} from 'react';
import { useI18n } from '../../lib/i18n/use-i18n';
import { Button } from './button';
import { type FieldProps, FieldShell, splitFieldProps } from './field';
import { cx } from './style-props';

export type TextFieldProps = FieldProps &
  Omit<InputHTMLAttributes<HTMLInputElement>, 'size'> & {
    ref?: Ref<HTMLInputElement>;
    /** A control after the input (a button), inside the same field group. */
    outerEndComponent?: ReactNode;
  };

function Input({
  field,
  input,
  outerEnd,
}: {
  field: FieldProps;
  input: Omit<TextFieldProps, keyof FieldProps | 'outerEndComponent'>;
  outerEnd?: ReactNode;
}) {
  return (
    <FieldShell field={field} kind="textfield" control="input" id={input.id}>
      {(control) => (
        <div
          className={cx('amplify-flex', 'amplify-field-group', 'amplify-field-group--horizontal')}
        >
          <div className="amplify-field-group__field-wrapper amplify-field-group__field-wrapper--horizontal">
            <input {...input} {...control} />
          </div>
          {outerEnd && <div className="amplify-field-group__outer-end">{outerEnd}</div>}
        </div>
      )}
    </FieldShell>
  );
}

export function TextField(props: TextFieldProps) {
  const [field, { outerEndComponent, ...input }] = splitFieldProps(props);
  return <Input field={field} input={{ type: 'text', ...input }} outerEnd={outerEndComponent} />;
}

export type PasswordFieldProps = TextFieldProps;

/** A password input with a show/hide toggle that says what it does to screen readers. */
export function PasswordField(props: TextFieldProps) {
  const [shown, setShown] = useState(false);
  const { t } = useI18n();
  const [field, { outerEndComponent: _ignored, ...input }] = splitFieldProps(props);
  return (
    <Input
      field={{ ...field, className: cx('amplify-passwordfield', field.className) }}
      input={{ ...input, type: shown ? 'text' : 'password' }}
      outerEnd={
        <Button
          className="amplify-field__show-password"
          aria-label={t(shown ? 'form.hidePassword' : 'form.showPassword')}
          aria-pressed={shown}
          onClick={() => setShown((s) => !s)}
        >
          {t(shown ? 'form.hide' : 'form.show')}
        </Button>
      }
    />
  );
}

export type TextAreaFieldProps = FieldProps &
  TextareaHTMLAttributes<HTMLTextAreaElement> & { ref?: Ref<HTMLTextAreaElement> };

export function TextAreaField(props: TextAreaFieldProps) {
  const [field, textarea] = splitFieldProps(props);
  return (
    <FieldShell field={field} kind="textareafield" control="textarea" id={textarea.id}>
      {(control) => <textarea {...textarea} {...control} />}
    </FieldShell>
  );
}
