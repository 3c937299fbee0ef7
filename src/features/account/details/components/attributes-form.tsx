import { type FormEvent, useId, useState } from 'react';
import { ControlledTextField } from '../../../../components/forms/controlled-text-field';
import { FormError, useFormFocus } from '../../../../components/forms/form-error';
import { SubmitButton } from '../../../../components/forms/submit-button';
import { Alert, Card, Flex, Heading, Text } from '../../../../components/ui';
import { type AttributeField, attributeField } from '../../../../lib/attributes/attribute-fields';
import { describeAccountError } from '../../../../lib/auth/account-error';
import type { UserAttributes } from '../../../../lib/auth/fetch-user-attributes';
import { useUpdateUserAttributes } from '../../../../lib/auth/update-user-attributes';
import type { Announce } from '../../utils/announcer';
import { attributeError, toCognitoValue } from '../utils/validate-attributes';
import { LocaleSelect } from './locale-select';

interface AttributesFormProps {
  /** The attributes config lets users edit, without email and phone (they have their own). */
  readonly names: readonly string[];
  /** The pool's required ones (config signUpAttributes): they can change, not be emptied. */
  readonly required: readonly string[];
  readonly attributes: UserAttributes;
  readonly announce: Announce;
}

type Values = Record<string, string>;

const valuesOf = (names: readonly string[], attributes: UserAttributes): Values =>
  Object.fromEntries(names.map((name) => [name, attributes[name] ?? '']));

/** Only what differs from Cognito's values: new ones to set, emptied ones to remove. */
function changesBetween(fields: readonly AttributeField[], values: Values, saved: UserAttributes) {
  const set: Record<string, string> = {};
  const remove: string[] = [];
  for (const field of fields) {
    const next = toCognitoValue(field, values[field.name] ?? '');
    const before = saved[field.name] ?? '';
    if (next === before) continue;
    if (next === '') remove.push(field.name);
    else set[field.name] = next;
  }
  return { set, remove };
}

/** The user's other details in one form; saving sends only what changed. */
export function AttributesForm({ names, required, attributes, announce }: AttributesFormProps) {
  const headingId = useId();
  const form = useFormFocus();
  const update = useUpdateUserAttributes();
  const fields = names.map(attributeField);
  const [values, setValues] = useState<Values>(() => valuesOf(names, attributes));
  const [errors, setErrors] = useState<Partial<Record<string, string>>>({});
  const [saved, setSaved] = useState(false);
  const updateError = update.error
    ? describeAccountError(update.error, 'account-details')
    : undefined;

  const setValue = (name: string, value: string) => {
    setSaved(false);
    setValues((previous) => ({ ...previous, [name]: value }));
  };

  const check = () => {
    const found: Record<string, string> = {};
    for (const field of fields) {
      const value = values[field.name] ?? '';
      const problem =
        value.trim() === '' && required.includes(field.name) && attributes[field.name]
          ? `Enter your ${field.label.toLowerCase()}: it cannot be left empty.`
          : attributeError(field, value);
      if (problem) found[field.name] = problem;
    }
    return found;
  };

  const handleSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (update.isPending) return;
    update.reset();
    setSaved(false);
    const found = check();
    setErrors(found);
    const first = fields.find((field) => found[field.name]);
    if (first) return form.focus(first.name);
    const change = changesBetween(fields, values, attributes);
    if (Object.keys(change.set).length === 0 && change.remove.length === 0) {
      announce('Nothing to save: no details were changed.');
      return;
    }
    update.mutateAsync(change).then(
      () => {
        // What Cognito now holds, as it was sent (phone numbers without their spaces).
        setValues((previous) => ({ ...previous, ...change.set }));
        setSaved(true);
        announce('Your details are saved.');
      },
      () => {
        form.focus('alert');
      },
    );
  };

  return (
    <Card as="section" variation="outlined" aria-labelledby={headingId} className="details-section">
      <Heading level={2} id={headingId}>
        About you
      </Heading>
      <Flex
        as="form"
        direction="column"
        gap="medium"
        noValidate
        onSubmit={handleSubmit}
        aria-labelledby={headingId}
      >
        <Text className="details-muted">Leave a detail empty to remove it.</Text>
        {fields.map((field) =>
          field.select === 'locale' ? (
            <LocaleSelect
              key={field.name}
              id={form.id(field.name)}
              label={field.label}
              hint={field.hint}
              value={values[field.name] ?? ''}
              onChange={(value) => setValue(field.name, value)}
              errorMessage={errors[field.name]}
            />
          ) : (
            <ControlledTextField
              key={field.name}
              id={form.id(field.name)}
              name={field.name}
              label={field.label}
              type={field.type}
              autoComplete={field.autoComplete}
              descriptiveText={field.hint}
              isRequired={required.includes(field.name)}
              verbatim={field.type !== 'text'}
              value={values[field.name] ?? ''}
              onChange={(value) => setValue(field.name, value)}
              errorMessage={errors[field.name]}
            />
          ),
        )}
        <FormError
          id={form.id('alert')}
          heading="Your details were not saved"
          error={updateError}
        />
        {saved && (
          <Alert variation="success" role="none">
            Your details are saved.
          </Alert>
        )}
        <div>
          <SubmitButton isLoading={update.isPending} loadingText="Saving…">
            Save details
          </SubmitButton>
        </div>
      </Flex>
    </Card>
  );
}
