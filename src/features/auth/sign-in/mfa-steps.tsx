import type { StoredSignInStep } from '../flow/sign-in-step-store';
import { MfaChoiceForm } from './mfa-choice-form';
import { StepCard } from './step-card';
import { allowedMfaTypes } from './step-details';

const known = (types: readonly string[], offered: readonly string[]) =>
  offered.filter((type) => types.includes(type));

/** /sign-in/mfa: the user has more than one MFA type set up and picks where the code goes. */
export function SelectMfaStep({ step }: { step: StoredSignInStep }) {
  return (
    <StepCard
      title="Verify it is you"
      intro="Your account has more than one way to confirm a sign-in."
      redirectTo={step.redirectTo}
    >
      <MfaChoiceForm
        step={step}
        legend="Where should we get your code?"
        choices={known(['TOTP', 'EMAIL', 'SMS'], allowedMfaTypes(step))}
        context="sign-in-code"
      />
    </StepCard>
  );
}

/** /sign-in/setup-mfa: the pool requires MFA and the user has none; they pick what to set up. */
export function SelectMfaSetupStep({ step }: { step: StoredSignInStep }) {
  return (
    <StepCard
      title="Set up two-step verification"
      intro="Your account needs a second step at sign-in. Choose how you want to get your codes."
      redirectTo={step.redirectTo}
    >
      <MfaChoiceForm
        step={step}
        legend="Get sign-in codes from"
        // Amplify can set up only these two during sign-in.
        choices={known(['TOTP', 'EMAIL'], allowedMfaTypes(step))}
        context="mfa-setup"
      />
    </StepCard>
  );
}
