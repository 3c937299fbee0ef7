import { type FormEvent, useId, useState } from 'react';
import { FormError, useFocusAfterRender } from '../../../components/forms/form-error';
import { HiddenUsername } from '../../../components/forms/hidden-username';
import { SubmitButton } from '../../../components/forms/submit-button';
import { Flex, PasswordField } from '../../../components/ui';
import { describeAuthError } from '../../../lib/auth/auth-error';
import { getAuthErrorName } from '../../../lib/auth/auth-error-name';
import { useSignIn } from '../../../lib/auth/sign-in';
import { isStaleStepError } from '../../../lib/auth/stale-step';
import { useI18n } from '../../../lib/i18n/use-i18n';
import { prepareToFollow, useFollowSignInStep } from '../flow/follow-sign-in-step';
import type { SignInStepAt } from '../flow/sign-in-step';
import { passwordStepMessages } from './password-step-messages';
import { signInMessages } from './sign-in-messages';
import { StepCard } from './step-card';
import { stepMessages } from './step-messages';
import { useAnswerStep } from './use-answer-step';

/** /sign-in/password: the password, after choosing it as the first factor. */
export function PasswordStep({ step }: { step: SignInStepAt<'password'> }) {
  const { t } = useI18n(passwordStepMessages);
  const signInWords = signInMessages.t;
  const idPrefix = useId();
  const ids = { password: `${idPrefix}-password`, alert: `${idPrefix}-alert` };
  const focus = useFocusAfterRender();
  const follow = useFollowSignInStep();
  const [password, setPassword] = useState('');
  const [missing, setMissing] = useState(false);
  // Cognito ends the challenge on a wrong password; a retry starts a new password sign-in.
  const [restart, setRestart] = useState(false);
  const onFailed = (error: Error) => {
    if (getAuthErrorName(error) === 'NotAuthorizedException') setRestart(true);
    focus(describeAuthError(error, 'sign-in').field === 'password' ? ids.password : ids.alert);
  };
  const confirm = useAnswerStep(step, onFailed);
  const signIn = useSignIn({
    onMutate: prepareToFollow,
    onSuccess: (nextStep) => follow(nextStep, step.username, step.redirectTo),
    onError: onFailed,
  });
  const failure = signIn.error ?? confirm.error;
  const server =
    failure && !isStaleStepError(failure) ? describeAuthError(failure, 'sign-in') : undefined;
  const pending = confirm.isPending || signIn.isPending;

  const handleSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (pending) return;
    confirm.reset();
    signIn.reset();
    setMissing(password === '');
    if (password === '') {
      focus(ids.password);
      return;
    }
    if (restart) {
      signIn.mutate({ username: step.username, password, flow: 'choice', method: 'password' });
    } else {
      confirm.mutate({ challengeResponse: password });
    }
  };

  return (
    <StepCard
      title={t('signInStep.password.title')}
      intro={stepMessages.t('signInStep.signingInAs', { username: step.username })}
      redirectTo={step.redirectTo}
    >
      <Flex as="form" direction="column" gap="medium" noValidate onSubmit={handleSubmit}>
        <HiddenUsername username={step.username} />
        <PasswordField
          id={ids.password}
          name="password"
          label={t('password.label')}
          autoComplete="current-password"
          isRequired
          value={password}
          onChange={(event) => setPassword(event.target.value)}
          hasError={missing}
          errorMessage={t('password.enter')}
        />
        <FormError id={ids.alert} heading={signInWords('signIn.failed')} error={server} />
        <SubmitButton isLoading={pending} loadingText={signInWords('signIn.submitting')}>
          {signInWords('signIn.submit')}
        </SubmitButton>
      </Flex>
    </StepCard>
  );
}
