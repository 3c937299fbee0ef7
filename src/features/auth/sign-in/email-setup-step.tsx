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
/** What is wrong with the email typed for codes, in the active language, if anything. */
function emailProblem(value: string) {
  if (!value) return emailSetupMessages.t('signInStep.email.missing');
  return isEmail(value) ? undefined : emailSetupMessages.t('signInStep.email.invalid');
}

export function EmailSetupStep({ step }: { step: SignInStepAt<'setupEmail'> }) {
  const { t } = useI18n(emailSetupMessages);
  const idPrefix = useId();
  const ids = { email: `${idPrefix}-email`, alert: `${idPrefix}-alert` };
  const focus = useFocusAfterRender();
  // Pools that sign in by email usually want codes at that same address.
  const [email, setEmail] = useState(isEmail(step.username) ? step.username : '');
  // What was last checked: its problem is worded at each render, in the page's language.
  const [checked, setChecked] = useState<string>();
  const localError = checked === undefined ? undefined : emailProblem(checked);
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
    const problem = emailProblem(value);
    setChecked(value);
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
