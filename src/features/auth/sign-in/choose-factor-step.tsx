import { useId } from 'react';
import { FormError, useFocusAfterRender } from '../../../components/forms/form-error';
import { Alert, Button, Flex } from '../../../components/ui';
import { describeAuthError } from '../../../lib/auth/auth-error';
import { isStaleStepError } from '../../../lib/auth/stale-step';
import { useI18n } from '../../../lib/i18n/use-i18n';
import { passkeysSupported } from '../../../lib/webauthn/passkey-support';
import type { SignInStepAt } from '../flow/sign-in-step';
import { type ChooseFactorMessageId, chooseFactorMessages } from './choose-factor-messages';
import { type SignInMessageId, signInMessages } from './sign-in-messages';
import { StepCard } from './step-card';
import { type StepMessageId, stepMessages } from './step-messages';
import { useAnswerStep } from './use-answer-step';

type ChoiceMessageId = ChooseFactorMessageId | StepMessageId | SignInMessageId;

interface Choice {
  /** What confirmSignIn is told. */
  readonly answer: string;
  readonly label: ChoiceMessageId;
  readonly loading: ChoiceMessageId;
}

// The passwordless factors have the sign-in page's words (its catalog came with StepCard).
const SENDING: SignInMessageId = 'signIn.sendingCode';

/** The buttons to offer for Cognito's available first factors, password first. */
function choicesFor(available: readonly string[]): Choice[] {
  const choices: Choice[] = [];
  // SRP keeps the password off the wire; plain PASSWORD only when SRP is not offered.
  const password = ['PASSWORD_SRP', 'PASSWORD'].find((c) => available.includes(c));
  if (password) {
    choices.push({
      answer: password,
      label: 'signInStep.choose.password',
      loading: 'signInStep.continuing',
    });
  }
  if (available.includes('EMAIL_OTP')) {
    choices.push({ answer: 'EMAIL_OTP', label: 'signIn.emailCode', loading: SENDING });
  }
  if (available.includes('SMS_OTP')) {
    choices.push({ answer: 'SMS_OTP', label: 'signIn.textCode', loading: SENDING });
  }
  if (available.includes('WEB_AUTHN') && passkeysSupported()) {
    choices.push({
      answer: 'WEB_AUTHN',
      label: 'signIn.passkey',
      loading: 'signIn.waitingForPasskey',
    });
  }
  return choices;
}

/** /sign-in/choose: Cognito lists the first factors this user can use; they pick one. */
export function ChooseFactorStep({ step }: { step: SignInStepAt<'chooseFactor'> }) {
  const { t } = useI18n(chooseFactorMessages, stepMessages, signInMessages);
  const alertId = `${useId()}-alert`;
  const focus = useFocusAfterRender();
  const confirm = useAnswerStep(step, () => focus(alertId));
  const choices = choicesFor(step.availableChallenges);
  const server =
    confirm.error && !isStaleStepError(confirm.error)
      ? describeAuthError(confirm.error, 'sign-in')
      : undefined;
  const pending = confirm.isPending ? confirm.variables?.challengeResponse : undefined;

  return (
    <StepCard
      title={t('signInStep.choose.title')}
      intro={t('signInStep.signingInAs', { username: step.username })}
      redirectTo={step.redirectTo}
    >
      {choices.length === 0 ? (
        <Alert variation="warning" role="alert">
          {t('signInStep.choose.noneWorks')}
        </Alert>
      ) : (
        <Flex direction="column" gap="small">
          {choices.map((choice) => (
            <Button
              key={choice.answer}
              variation={choice === choices[0] ? 'primary' : undefined}
              isDisabled={confirm.isPending}
              isLoading={pending === choice.answer}
              loadingText={t(choice.loading)}
              onClick={() => {
                confirm.reset();
                confirm.mutate({ challengeResponse: choice.answer });
              }}
            >
              {t(choice.label)}
            </Button>
          ))}
        </Flex>
      )}
      <FormError id={alertId} error={server} />
    </StepCard>
  );
}
