import { type FormEvent, useId, useState } from 'react';
import { ControlledTextField } from '../../../components/forms/controlled-text-field';
import { FormError, useFocusAfterRender } from '../../../components/forms/form-error';
import { SubmitButton } from '../../../components/forms/submit-button';
import { Flex } from '../../../components/ui';
import { isStaleStepError } from '../../../lib/auth/stale-step';
import { describeStepError } from '../../../lib/auth/step-error';
import { useI18n } from '../../../lib/i18n/use-i18n';
import type { SignInStepAt } from '../flow/sign-in-step';
import { isEmail } from '../shared/identifier-rules';
import { emailSetupMessages } from './email-setup-messages';
import { signInMessages } from './sign-in-messages';
import { StepCard } from './step-card';
import { useAnswerStep } from './use-answer-step';

/** /sign-in/setup-email: the address sign-in codes will go to; Cognito sends the first one. */
export function EmailSetupStep({ step }: { step: SignInStepAt<'setupEmail'> }) {
  const { t } = useI18n(emailSetupMessages);
  const idPrefix = useId();
  const ids = { email: `${idPrefix}-email`, alert: `${idPrefix}-alert` };
  const focus = useFocusAfterRender();
  // Pools that sign in by email usually want codes at that same address.
  const [email, setEmail] = useState(isEmail(step.username) ? step.username : '');
  const [localError, setLocalError] = useState<string>();
  const confirm = useAnswerStep(step, (error) => {
    focus(describeStepError(error, 'mfa-setup').field === 'email' ? ids.email : ids.alert);
  });
  const server =
    confirm.error && !isStaleStepError(confirm.error)
      ? describeStepError(confirm.error, 'mfa-setup')
      : undefined;
  const emailError = localError ?? (server?.field === 'email' ? server.message : undefined);

  const handleSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (confirm.isPending) return;
    confirm.reset();
    const value = email.trim();
    const problem = !value
      ? t('signInStep.email.missing')
      : isEmail(value)
        ? undefined
        : t('signInStep.email.invalid');
    setLocalError(problem);
    if (problem) {
      focus(ids.email);
      return;
    }
    confirm.mutate({ challengeResponse: value });
  };

  return (
    <StepCard
      title={t('signInStep.email.title')}
      intro={t('signInStep.email.intro')}
      redirectTo={step.redirectTo}
    >
      <Flex as="form" direction="column" gap="medium" noValidate onSubmit={handleSubmit}>
        <ControlledTextField
          id={ids.email}
          name="email"
          label={t('signInStep.email.label')}
          type="email"
          autoComplete="email"
          verbatim
          value={email}
          onChange={setEmail}
          errorMessage={emailError}
        />
        <FormError id={ids.alert} error={server} fieldsShown={['email']} />
        <SubmitButton
          isLoading={confirm.isPending}
          loadingText={signInMessages.t('signIn.sendingCode')}
        >
          {t('signInStep.email.submit')}
        </SubmitButton>
      </Flex>
    </StepCard>
  );
}
