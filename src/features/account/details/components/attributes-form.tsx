import { type FormEvent, useId, useState } from 'react';
import { ControlledTextField } from '../../../../components/forms/controlled-text-field';
import { FormError, useFormFocus } from '../../../../components/forms/form-error';
import { SubmitButton } from '../../../../components/forms/submit-button';
import { Alert, Card, Flex, Heading, Text } from '../../../../components/ui';
import { type AttributeField, attributeField } from '../../../../lib/attributes/attribute-fields';
import { describeAccountError } from '../../../../lib/auth/account-error';
import type { UserAttributes } from '../../../../lib/auth/fetch-user-attributes';
import { useUpdateUserAttributes } from '../../../../lib/auth/update-user-attributes';
import { useI18n } from '../../../../lib/i18n/use-i18n';
import type { Announce } from '../../utils/announcer';
import { detailsMessages } from '../details-messages';
import { attributeError, toCognitoValue } from '../utils/validate-attributes';

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
  const { t } = useI18n(detailsMessages);
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
          ? t('details.about.required', { label: field.label })
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
      announce(t('details.about.nothingToSave'));
      return;
    }
    update.mutateAsync(change).then(
      () => {
        // What Cognito now holds, as it was sent (phone numbers without their spaces).
        setValues((previous) => ({ ...previous, ...change.set }));
        setSaved(true);
        announce(t('details.about.saved'));
      },
      () => {
        form.focus('alert');
      },
    );
  };

  return (
    <Card as="section" variation="outlined" aria-labelledby={headingId} className="details-section">
      <Heading level={2} id={headingId}>
        {t('details.about.title')}
      </Heading>
      <Flex
        as="form"
        direction="column"
        gap="medium"
        noValidate
        onSubmit={handleSubmit}
        aria-labelledby={headingId}
      >
        <Text className="details-muted">{t('details.about.emptyRemoves')}</Text>
        {fields.map((field) => (
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
        ))}
        <FormError
          id={form.id('alert')}
          heading={t('details.about.notSaved')}
          error={updateError}
        />
        {saved && (
          <Alert variation="success" role="none">
            {t('details.about.saved')}
          </Alert>
        )}
        <div>
          <SubmitButton isLoading={update.isPending} loadingText={t('details.about.saving')}>
            {t('details.about.save')}
          </SubmitButton>
        </div>
      </Flex>
    </Card>
  );
}
