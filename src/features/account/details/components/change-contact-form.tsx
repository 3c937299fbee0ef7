import { type FormEvent, useState } from 'react';
import { ControlledTextField } from '../../../../components/forms/controlled-text-field';
import { FormError, useFormFocus } from '../../../../components/forms/form-error';
import { SubmitButton } from '../../../../components/forms/submit-button';
import { Button, Flex } from '../../../../components/ui';
import { attributeField } from '../../../../lib/attributes/attribute-fields';
import { describeAccountError } from '../../../../lib/auth/account-error';
import { type ContactChanged, useChangeContact } from '../../../../lib/auth/change-contact';
import type { ContactAttribute } from '../../../../lib/auth/fetch-user-attributes';
import { CONTACT_WORDS } from '../../verification/utils/contact-words';
import { attributeError, toCognitoValue } from '../utils/validate-attributes';

interface ChangeContactFormProps {
  readonly attribute: ContactAttribute;
  /** The value in use now, if any. */
  readonly current?: string;
  readonly onChanged: (changed: ContactChanged) => void;
  readonly onCancel: () => void;
}

/**
 * A new email or phone number: checked as Cognito would, then sent, which sends a code to it.
 * What was typed stays after any error.
 */
export function ChangeContactForm({
  attribute,
  current,
  onChanged,
  onCancel,
}: ChangeContactFormProps) {
  const form = useFormFocus();
  const change = useChangeContact();
  const [value, setValue] = useState('');
  const [fieldError, setFieldError] = useState<string>();
  const field = attributeField(attribute);
  const words = CONTACT_WORDS[attribute];
  // Cognito's errors about the value itself belong at the field.
  const fieldName = attribute === 'email' ? 'email' : 'phone';
  const changeError = change.error
    ? describeAccountError(change.error, 'account-details')
    : undefined;
  const shownFieldError =
    fieldError ?? (changeError?.field === fieldName ? changeError.message : undefined);

  const handleSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (change.isPending) return;
    change.reset();
    const next = toCognitoValue(field, value);
    const problem =
      next === ''
        ? `Enter your new ${words.noun}.`
        : next === current
          ? `That is already your ${words.noun}.`
          : attributeError(field, value);
    setFieldError(problem);
    if (problem) return form.focus('value');
    change.mutateAsync({ attribute, value: next }).then(onChanged, (error) => {
      const shown = describeAccountError(error, 'account-details');
      form.focus(shown.field === fieldName ? 'value' : 'alert');
    });
  };

  return (
    <Flex
      as="form"
      direction="column"
      gap="small"
      noValidate
      onSubmit={handleSubmit}
      aria-label={`Change your ${words.noun}`}
    >
      <ControlledTextField
        id={form.id('value')}
        name={attribute}
        label={`New ${words.noun}`}
        type={field.type}
        autoComplete={field.autoComplete}
        descriptiveText={
          attribute === 'email'
            ? 'We will send a code to it, to check that it is yours.'
            : field.hint
        }
        verbatim
        value={value}
        onChange={setValue}
        errorMessage={shownFieldError}
      />
      <FormError id={form.id('alert')} error={changeError} fieldsShown={[fieldName]} />
      <Flex gap="small" wrap="wrap">
        <SubmitButton isLoading={change.isPending} loadingText="Sending a code…">
          Send code
        </SubmitButton>
        <Button onClick={onCancel} isDisabled={change.isPending}>
          Cancel
        </Button>
      </Flex>
    </Flex>
  );
}
