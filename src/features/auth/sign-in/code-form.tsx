import { type FormEvent, useId, useState } from 'react';
import { isCompleteCode, OneTimeCodeField } from '../../../components/one-time-code-field';
import { Button, Flex } from '../../../components/ui';
import type { StoredSignInStep } from '../flow/sign-in-step-store';
import { FormError, useFocusAfterRender } from '../sign-up/form-error';
import { describeAuthError } from '../utils/auth-error';
import { isStaleStepError } from './stale-step';
import { useAnswerStep } from './use-answer-step';

interface CodeFormProps {
  readonly step: StoredSignInStep;
  readonly context: 'sign-in-code' | 'mfa-setup';
  readonly submitLabel: string;
  readonly hint?: string;
}

/** Answers the step with a 6-digit code: checked locally first, Cognito's verdict next to the field. */
export function CodeForm({ step, context, submitLabel, hint }: CodeFormProps) {
  const idPrefix = useId();
  const ids = { code: `${idPrefix}-code`, alert: `${idPrefix}-alert` };
  const focus = useFocusAfterRender();
  const [code, setCode] = useState('');
  const [localError, setLocalError] = useState<string>();
  const confirm = useAnswerStep(step, (error) => {
    focus(describeAuthError(error, context).field === 'code' ? ids.code : ids.alert);
  });
  const server =
    confirm.error && !isStaleStepError(confirm.error)
      ? describeAuthError(confirm.error, context)
      : undefined;
  const codeError = localError ?? (server?.field === 'code' ? server.message : undefined);

  const handleSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (confirm.isPending) return;
    confirm.reset();
    if (!isCompleteCode(code)) {
      setLocalError(code ? 'Enter all 6 digits of the code.' : 'Enter the 6-digit code.');
      focus(ids.code);
      return;
    }
    setLocalError(undefined);
    confirm.mutate({ challengeResponse: code });
  };

  return (
    <Flex as="form" direction="column" gap="medium" noValidate onSubmit={handleSubmit}>
      <OneTimeCodeField
        id={ids.code}
        value={code}
        onChange={setCode}
        errorMessage={codeError}
        hint={hint}
      />
      {server && server.field !== 'code' && (
        <FormError id={ids.alert} heading="That did not work">
          {server.message}
        </FormError>
      )}
      <Button
        type="submit"
        variation="primary"
        isLoading={confirm.isPending}
        loadingText="Checking…"
      >
        {submitLabel}
      </Button>
    </Flex>
  );
}
