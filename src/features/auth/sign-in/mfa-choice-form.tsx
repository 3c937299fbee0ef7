import { type FormEvent, useEffect, useId, useRef, useState } from 'react';
import { FormError, useFocusAfterRender } from '../../../components/forms/form-error';
import { SubmitButton } from '../../../components/forms/submit-button';
import { LoadingView } from '../../../components/loading-view';
import { Flex } from '../../../components/ui';
import { Radio, RadioGroupField } from '../../../components/ui/choice-field';
import { isStaleStepError } from '../../../lib/auth/stale-step';
import { describeStepError } from '../../../lib/auth/step-error';
import { useI18n } from '../../../lib/i18n/use-i18n';
import type { SignInStep } from '../flow/sign-in-step';
import { type MfaMessageId, mfaMessages } from './mfa-messages';
import { stepMessages } from './step-messages';
import { useAnswerStep } from './use-answer-step';

/** Words for Amplify's MFA type names; a name not listed is shown as it is. */
const MFA_LABELS: Readonly<Record<string, MfaMessageId>> = {
  TOTP: 'signInStep.mfa.totp',
  EMAIL: 'signInStep.mfa.email',
  SMS: 'signInStep.mfa.sms',
};

interface MfaChoiceFormProps {
  readonly step: SignInStep;
  readonly legend: string;
  /** Amplify's names (TOTP, EMAIL, SMS) in the order to offer them. */
  readonly choices: readonly string[];
  readonly context: 'sign-in-code' | 'mfa-setup';
  /**
   * With one choice, answer with it at once instead of asking, as Amplify itself does when
   * the pool allows only one type. The list comes back only if that answer fails, to retry.
   */
  readonly answerSingleChoice?: boolean;
}

/** A radio list of MFA types; the chosen name is the answer to the step. */
export function MfaChoiceForm({
  step,
  legend,
  choices,
  context,
  answerSingleChoice = false,
}: MfaChoiceFormProps) {
  const { t } = useI18n(mfaMessages);
  const idPrefix = useId();
  const alertId = `${idPrefix}-alert`;
  const focus = useFocusAfterRender();
  const only = answerSingleChoice && choices.length === 1 ? choices[0] : undefined;
  const [choice, setChoice] = useState(only ?? '');
  const [missing, setMissing] = useState(false);
  const groupRef = useRef<HTMLDivElement>(null);
  const confirm = useAnswerStep(step, () => focus(alertId));
  const { mutate } = confirm;
  // StrictMode runs effects twice; a second confirmSignIn would answer a step already moved on.
  const answered = useRef(false);
  useEffect(() => {
    if (!only || answered.current) return;
    answered.current = true;
    mutate({ challengeResponse: only });
  }, [only, mutate]);
  const server =
    confirm.error && !isStaleStepError(confirm.error)
      ? describeStepError(confirm.error, context)
      : undefined;

  if (only && !server) {
    return <LoadingView label={t('signInStep.mfa.continuingWith', { type: only })} />;
  }

  const handleSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (confirm.isPending) return;
    confirm.reset();
    setMissing(!choice);
    if (!choice) {
      // The first radio speaks for the group: its legend and the error are read with it.
      groupRef.current?.querySelector('input')?.focus();
      return;
    }
    confirm.mutate({ challengeResponse: choice });
  };

  return (
    <Flex as="form" direction="column" gap="medium" noValidate onSubmit={handleSubmit}>
      <div ref={groupRef}>
        <RadioGroupField
          legend={legend}
          name="mfa-type"
          value={choice}
          onChange={(value) => {
            setChoice(value);
            setMissing(false);
          }}
          hasError={missing}
          errorMessage={t('signInStep.mfa.chooseOne')}
        >
          {choices.map((type) => (
            <Radio key={type} value={type}>
              {MFA_LABELS[type] ? t(MFA_LABELS[type]) : type}
            </Radio>
          ))}
        </RadioGroupField>
      </div>
      <FormError id={alertId} error={server} />
      <SubmitButton
        isLoading={confirm.isPending}
        loadingText={stepMessages.t('signInStep.continuing')}
      >
        {t('signInStep.continue')}
      </SubmitButton>
    </Flex>
  );
}
