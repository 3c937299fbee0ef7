import { useEffect } from 'react';
import { Alert } from '../../../components/ui';
import { useConfig } from '../../../lib/config/config-context';
import { useI18n } from '../../../lib/i18n/use-i18n';
import type { SignInStep, SignInStepAt } from '../flow/sign-in-step';
import { MfaChoiceForm } from './mfa-choice-form';
import { mfaMessages } from './mfa-messages';
import { StepCard } from './step-card';

const known = (types: readonly string[], offered: readonly string[]) =>
  offered.filter((type) => types.includes(type));

/** /sign-in/mfa: the user has more than one MFA type set up and picks where the code goes. */
export function SelectMfaStep({ step }: { step: SignInStepAt<'selectMfa'> }) {
  const { t } = useI18n(mfaMessages);
  return (
    <StepCard
      title={t('signInStep.selectMfa.title')}
      intro={t('signInStep.selectMfa.intro')}
      redirectTo={step.redirectTo}
    >
      <MfaChoiceForm
        step={step}
        legend={t('signInStep.selectMfa.legend')}
        // Not narrowed by config's mfaTypes: the user already set these up, and mfaTypes only
        // says what the app offers to set up. Hiding one could lock them out of their account.
        choices={known(['TOTP', 'EMAIL', 'SMS'], step.allowedMfaTypes)}
        context="sign-in-code"
      />
    </StepCard>
  );
}

/** /sign-in/setup-mfa: the pool requires MFA and the user has none; they pick what to set up. */
export function SelectMfaSetupStep({ step }: { step: SignInStepAt<'selectMfaSetup'> }) {
  const { mfaTypes } = useConfig();
  const { t } = useI18n(mfaMessages);
  // Amplify can set up only these two during sign-in.
  const allowed = known(['TOTP', 'EMAIL'], step.allowedMfaTypes);
  const choices = known(mfaTypes, allowed);
  if (choices.length === 0) {
    return <NoMfaTypeOffered step={step} allowed={allowed} configured={mfaTypes} />;
  }
  const single = choices.length === 1;
  return (
    <StepCard
      title={t('signInStep.mfaSetup.title')}
      intro={t(single ? 'signInStep.mfaSetup.introSingle' : 'signInStep.mfaSetup.introChoice')}
      redirectTo={step.redirectTo}
    >
      <MfaChoiceForm
        step={step}
        legend={t('signInStep.mfaSetup.legend')}
        choices={choices}
        context="mfa-setup"
        answerSingleChoice
      />
    </StepCard>
  );
}

interface NoMfaTypeOfferedProps {
  readonly step: SignInStep;
  readonly allowed: readonly string[];
  readonly configured: readonly string[];
}

/**
 * The pool insists on MFA, but none of the kinds it allows is one config lets the app offer:
 * a deployment mistake the user cannot fix, so say who can rather than show an empty choice.
 */
function NoMfaTypeOffered({ step, allowed, configured }: NoMfaTypeOfferedProps) {
  const { t } = useI18n(mfaMessages);
  const allowedText = allowed.join(', ') || 'none';
  const configuredText = configured.join(', ') || 'none';
  useEffect(() => {
    console.error(
      `[auth] no configured MFA type allowed: Cognito allows ${allowedText}; config mfaTypes lists ${configuredText}`,
    );
  }, [allowedText, configuredText]);
  return (
    <StepCard title={t('signInStep.mfaSetup.title')} redirectTo={step.redirectTo}>
      <Alert variation="error" heading={t('signInStep.mfaSetup.unavailableHeading')}>
        {t('signInStep.mfaSetup.unavailable')}
      </Alert>
    </StepCard>
  );
}
