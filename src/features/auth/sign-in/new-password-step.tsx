import { type FormEvent, useId, useState } from 'react';
import {
  describePasswordIssues,
  NewPasswordPair,
  passwordIssues,
} from '../../../components/password-checklist';
import { Button, Flex, TextField } from '../../../components/ui';
import { useConfig } from '../../../lib/config/config-context';
import type { StoredSignInStep } from '../flow/sign-in-step-store';
import { attributeField } from '../sign-up/attribute-fields';
import { FormError, useFocusAfterRender } from '../sign-up/form-error';
import { describeAuthError } from '../utils/auth-error';
import { isStaleStepError } from './stale-step';
import { StepCard } from './step-card';
import { missingAttributes } from './step-details';
import { useAnswerStep } from './use-answer-step';

type Errors = Partial<Record<string, string>>;

/**
 * /sign-in/new-password: a user created with a temporary password chooses their own, and
 * fills in any attribute the pool requires that their account lacks.
 */
export function NewPasswordStep({ step }: { step: StoredSignInStep }) {
  const { passwordPolicy } = useConfig();
  const fields = missingAttributes(step).map(attributeField);
  const idPrefix = useId();
  const id = (key: string) => `${idPrefix}-${key.replace(/\W/g, '-')}`;
  const alertId = id('alert');
  const focus = useFocusAfterRender();
  const [password, setPassword] = useState('');
  const [confirmPassword, setConfirmPassword] = useState('');
  const [attributes, setAttributes] = useState<Record<string, string>>({});
  const [errors, setErrors] = useState<Errors>({});
  const confirm = useAnswerStep(step, (error) => {
    focus(describeAuthError(error, 'new-password').field === 'password' ? id('password') : alertId);
  });
  const server =
    confirm.error && !isStaleStepError(confirm.error)
      ? describeAuthError(confirm.error, 'new-password')
      : undefined;
  const passwordError =
    errors.password ?? (server?.field === 'password' ? server.message : undefined);

  const validate = (): Errors => {
    const found: Errors = {};
    const issues = passwordIssues(passwordPolicy, password);
    if (!password) found.password = 'Choose a new password.';
    else if (issues.length) found.password = describePasswordIssues(issues);
    if (!confirmPassword) found.confirmPassword = 'Type the new password again.';
    else if (confirmPassword !== password) found.confirmPassword = 'The passwords do not match.';
    for (const field of fields) {
      if (!attributes[field.name]?.trim())
        found[field.name] = `Enter your ${field.label.toLowerCase()}.`;
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
      title="Choose a new password"
      intro="You signed in with a temporary password. Choose your own to continue."
      redirectTo={step.redirectTo}
    >
      <Flex as="form" direction="column" gap="medium" noValidate onSubmit={handleSubmit}>
        {/* For password managers: which account this new password belongs to. */}
        <input
          type="text"
          hidden
          readOnly
          name="username"
          autoComplete="username"
          value={step.username}
        />
        <NewPasswordPair
          policy={passwordPolicy}
          label="New password"
          ids={{ password: id('password'), confirm: id('confirmPassword') }}
          password={password}
          onPasswordChange={setPassword}
          passwordError={passwordError}
          confirm={confirmPassword}
          onConfirmChange={setConfirmPassword}
          confirmError={errors.confirmPassword}
        />
        {fields.map((field) => (
          <TextField
            key={field.name}
            id={id(field.name)}
            name={field.name}
            label={field.label}
            type={field.type}
            descriptiveText={field.hint}
            autoComplete={field.autoComplete}
            isRequired
            value={attributes[field.name] ?? ''}
            onChange={(event) => {
              const { value } = event.target;
              setAttributes((current) => ({ ...current, [field.name]: value }));
            }}
            hasError={Boolean(errors[field.name])}
            errorMessage={errors[field.name]}
          />
        ))}
        {server && server.field !== 'password' && (
          <FormError id={alertId} heading="We could not set your password">
            {server.message}
          </FormError>
        )}
        <Button
          type="submit"
          variation="primary"
          isLoading={confirm.isPending}
          loadingText="Saving…"
        >
          Set password and continue
        </Button>
      </Flex>
    </StepCard>
  );
}
