import { type FormEvent, useId, useState } from 'react';
import { FormError, useFocusAfterRender } from '../../../components/forms/form-error';
import { HiddenUsername } from '../../../components/forms/hidden-username';
import { NewPasswordPair } from '../../../components/forms/new-password-pair';
import { SubmitButton } from '../../../components/forms/submit-button';
import { describePasswordIssues, passwordIssues } from '../../../components/password-checklist';
import { Flex } from '../../../components/ui';
import { attributeField } from '../../../lib/attributes/attribute-fields';
import { isStaleStepError } from '../../../lib/auth/stale-step';
import { describeStepError } from '../../../lib/auth/step-error';
import { useConfig } from '../../../lib/config/config-context';
import { useI18n } from '../../../lib/i18n/use-i18n';
import type { SignInStepAt } from '../flow/sign-in-step';
import { AttributeInputs } from '../shared/attribute-inputs';
import { newPasswordMessages } from './new-password-messages';
import { StepCard } from './step-card';
import { useAnswerStep } from './use-answer-step';

type Errors = Partial<Record<string, string>>;

/**
 * /sign-in/new-password: a user created with a temporary password chooses their own, and
 * fills in any attribute the pool requires that their account lacks.
 */
export function NewPasswordStep({ step }: { step: SignInStepAt<'newPassword'> }) {
  const { passwordPolicy } = useConfig();
  const { t } = useI18n(newPasswordMessages);
  const fields = step.missingAttributes.map(attributeField);
  const idPrefix = useId();
  const id = (key: string) => `${idPrefix}-${key.replace(/\W/g, '-')}`;
  const alertId = id('alert');
  const focus = useFocusAfterRender();
  const [password, setPassword] = useState('');
  const [confirmPassword, setConfirmPassword] = useState('');
  const [attributes, setAttributes] = useState<Record<string, string>>({});
  const [errors, setErrors] = useState<Errors>({});
  const confirm = useAnswerStep(step, (error) => {
    focus(describeStepError(error, 'new-password').field === 'password' ? id('password') : alertId);
  });
  const server =
    confirm.error && !isStaleStepError(confirm.error)
      ? describeStepError(confirm.error, 'new-password')
      : undefined;
  const passwordError =
    errors.password ?? (server?.field === 'password' ? server.message : undefined);

  const validate = (): Errors => {
    const found: Errors = {};
    const issues = passwordIssues(passwordPolicy, password);
    if (!password) found.password = t('signInStep.newPassword.missing');
    else if (issues.length) found.password = describePasswordIssues(issues);
    if (!confirmPassword) found.confirmPassword = t('signInStep.newPassword.repeat');
    else if (confirmPassword !== password) {
      found.confirmPassword = t('signInStep.newPassword.mismatch');
    }
    for (const field of fields) {
      if (!attributes[field.name]?.trim()) {
        // One sentence per standard attribute (nouns inflect); custom ones by their label.
        const values = { attribute: field.name, label: field.label };
        found[field.name] = t('signInStep.newPassword.missingAttribute', values);
      }
    }
    return found;
  };

  const handleSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (confirm.isPending) return;
    confirm.reset();
    const found = validate();
    setErrors(found);
    const first = ['password', 'confirmPassword', ...fields.map((f) => f.name)].find(
      (key) => found[key],
    );
    if (first) {
      focus(id(first));
      return;
    }
    const userAttributes = Object.fromEntries(
      fields.map((f) => [f.name, attributes[f.name]?.trim() ?? '']),
    );
    confirm.mutate({
      challengeResponse: password,
      ...(fields.length > 0 && { userAttributes }),
    });
  };

  return (
    <StepCard
      title={t('signInStep.newPassword.title')}
      intro={t('signInStep.newPassword.intro')}
      redirectTo={step.redirectTo}
    >
      <Flex as="form" direction="column" gap="medium" noValidate onSubmit={handleSubmit}>
        <HiddenUsername username={step.username} />
        <NewPasswordPair
          label={t('signInStep.newPassword.label')}
          state={{
            policy: passwordPolicy,
            password,
            setPassword,
            confirmPassword,
            setConfirmPassword,
          }}
          id={id}
          error={(field) => (field === 'password' ? passwordError : errors.confirmPassword)}
        />
        <AttributeInputs
          fields={fields}
          values={attributes}
          onChange={(name, value) => setAttributes((current) => ({ ...current, [name]: value }))}
          id={id}
          error={(name) => errors[name]}
        />
        <FormError
          id={alertId}
          heading={t('signInStep.newPassword.failed')}
          error={server}
          fieldsShown={['password']}
        />
        <SubmitButton
          isLoading={confirm.isPending}
          loadingText={t('signInStep.newPassword.saving')}
        >
          {t('signInStep.newPassword.submit')}
        </SubmitButton>
      </Flex>
    </StepCard>
  );
}
