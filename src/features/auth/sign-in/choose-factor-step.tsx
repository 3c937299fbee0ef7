import { useId } from 'react';
import { FormError, useFocusAfterRender } from '../../../components/forms/form-error';
import { Alert, Button, Flex } from '../../../components/ui';
import { describeAuthError } from '../../../lib/auth/auth-error';
import { isStaleStepError } from '../../../lib/auth/stale-step';
import { passkeysSupported } from '../../../lib/webauthn/passkey-support';
import type { SignInStepAt } from '../flow/sign-in-step';
import { StepCard } from './step-card';
import { useAnswerStep } from './use-answer-step';

interface Choice {
  /** What confirmSignIn is told. */
  readonly answer: string;
  readonly label: string;
  readonly loading: string;
}

/** The buttons to offer for Cognito's available first factors, password first. */
function choicesFor(available: readonly string[]): Choice[] {
  const choices: Choice[] = [];
  // SRP keeps the password off the wire; plain PASSWORD only when SRP is not offered.
  const password = ['PASSWORD_SRP', 'PASSWORD'].find((c) => available.includes(c));
  if (password)
    choices.push({ answer: password, label: 'Use my password', loading: 'Continuing…' });
  if (available.includes('EMAIL_OTP')) {
    choices.push({ answer: 'EMAIL_OTP', label: 'Email me a code', loading: 'Sending a code…' });
  }
  if (available.includes('SMS_OTP')) {
    choices.push({ answer: 'SMS_OTP', label: 'Text me a code', loading: 'Sending a code…' });
  }
  if (available.includes('WEB_AUTHN') && passkeysSupported()) {
    choices.push({
      answer: 'WEB_AUTHN',
      label: 'Sign in with a passkey',
      loading: 'Waiting for your passkey…',
    });
  }
  return choices;
}

/** /sign-in/choose: Cognito lists the first factors this user can use; they pick one. */
export function ChooseFactorStep({ step }: { step: SignInStepAt<'chooseFactor'> }) {
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
      title="Choose how to sign in"
      intro={`Signing in as ${step.username}.`}
      redirectTo={step.redirectTo}
    >
      {choices.length === 0 ? (
        <Alert variation="warning" role="alert">
          None of the ways this account can sign in works in this browser. Contact your
          administrator.
        </Alert>
      ) : (
        <Flex direction="column" gap="small">
          {choices.map((choice) => (
            <Button
              key={choice.answer}
              variation={choice === choices[0] ? 'primary' : undefined}
              isDisabled={confirm.isPending}
              isLoading={pending === choice.answer}
              loadingText={choice.loading}
              onClick={() => {
                confirm.reset();
                confirm.mutate({ challengeResponse: choice.answer });
              }}
            >
              {choice.label}
            </Button>
          ))}
        </Flex>
      )}
      <FormError id={alertId} error={server} />
    </StepCard>
  );
}
