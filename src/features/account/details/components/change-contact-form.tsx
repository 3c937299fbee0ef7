import { type FormEvent, useState } from 'react';
import { ControlledTextField } from '../../../../components/forms/controlled-text-field';
import { FormError, useFormFocus } from '../../../../components/forms/form-error';
import { SubmitButton } from '../../../../components/forms/submit-button';
import { Button, Flex } from '../../../../components/ui';
import { attributeField, PHONE_EXAMPLE } from '../../../../lib/attributes/attribute-fields';
import { describeAccountError } from '../../../../lib/auth/account-error';
import { type ContactChanged, useChangeContact } from '../../../../lib/auth/change-contact';
import type { ContactAttribute } from '../../../../lib/auth/fetch-user-attributes';
import { useI18n } from '../../../../lib/i18n/use-i18n';
import { verificationMessages } from '../../verification/verification-messages';
import { detailsMessages } from '../details-messages';
import { CONTACT_TEXT } from '../utils/contact-text';
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
  const text = CONTACT_TEXT[attribute];
  const { t } = useI18n(detailsMessages);
  const { t: tv } = useI18n(verificationMessages);
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
        ? t(text.enterNew)
        : next === current
          ? t(text.same)
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
      aria-label={t(text.changeForm)}
    >
      <ControlledTextField
        id={form.id('value')}
        name={attribute}
        label={t(text.newLabel)}
        type={field.type}
        autoComplete={field.autoComplete}
        descriptiveText={t(text.newHint, { example: PHONE_EXAMPLE })}
        verbatim
        value={value}
        onChange={setValue}
        errorMessage={shownFieldError}
      />
      <FormError id={form.id('alert')} error={changeError} fieldsShown={[fieldName]} />
      <Flex gap="small" wrap="wrap">
        <SubmitButton isLoading={change.isPending} loadingText={tv('verification.sendingCode')}>
          {tv('verification.sendCode')}
        </SubmitButton>
        <Button onClick={onCancel} isDisabled={change.isPending}>
          {tv('verification.cancel')}
        </Button>
      </Flex>
    </Flex>
  );
}
