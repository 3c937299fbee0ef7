import { type FormEvent, useId } from 'react';
import { FormError, useFocusAfterRender } from '../../../components/forms/form-error';
import { OneTimeCodeField, useOneTimeCode } from '../../../components/forms/one-time-code-field';
import { SubmitButton } from '../../../components/forms/submit-button';
import { Flex } from '../../../components/ui';
import { isStaleStepError } from '../../../lib/auth/stale-step';
import { describeStepError } from '../../../lib/auth/step-error';
import { useI18n } from '../../../lib/i18n/use-i18n';
import type { SignInStep } from '../flow/sign-in-step';
import { stepMessages } from './step-messages';
import { useAnswerStep } from './use-answer-step';

interface CodeFormProps {
  readonly step: SignInStep;
  readonly context: 'sign-in-code' | 'mfa-setup';
  readonly submitLabel: string;
  readonly hint?: string;
}

/** Answers the step with a 6-digit code: checked locally first, Cognito's verdict next to the field. */
export function CodeForm({ step, context, submitLabel, hint }: CodeFormProps) {
  const { t } = useI18n(stepMessages);
  const idPrefix = useId();
  const ids = { code: `${idPrefix}-code`, alert: `${idPrefix}-alert` };
  const focus = useFocusAfterRender();
  const oneTimeCode = useOneTimeCode(ids.code);
  const confirm = useAnswerStep(step, (error) => {
    focus(describeStepError(error, context).field === 'code' ? ids.code : ids.alert);
  });
  const server =
    confirm.error && !isStaleStepError(confirm.error)
      ? describeStepError(confirm.error, context)
      : undefined;
  const codeError = oneTimeCode.error ?? (server?.field === 'code' ? server.message : undefined);

  const handleSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (confirm.isPending) return;
    confirm.reset();
    if (oneTimeCode.check()) confirm.mutate({ challengeResponse: oneTimeCode.code });
  };

  return (
    <Flex as="form" direction="column" gap="medium" noValidate onSubmit={handleSubmit}>
      <OneTimeCodeField
        id={ids.code}
        value={oneTimeCode.code}
        onChange={oneTimeCode.setCode}
        errorMessage={codeError}
        hint={hint}
      />
      <FormError id={ids.alert} error={server} fieldsShown={['code']} />
      <SubmitButton isLoading={confirm.isPending} loadingText={t('signInStep.checking')}>
        {submitLabel}
      </SubmitButton>
    </Flex>
  );
}
