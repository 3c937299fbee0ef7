import type { SignInStepAt } from '../flow/sign-in-step';
import { CodeForm } from './code-form';
import { StepCard } from './step-card';

/** Heading and sentence for each kind of code: where it went, in Cognito's masked form. */
function describe(step: SignInStepAt<'code'>): { title: string; intro: string } {
  switch (step.signInStep) {
    case 'CONFIRM_SIGN_IN_WITH_EMAIL_CODE':
      return {
        title: 'Check your email',
        intro: `We sent a 6-digit code to ${step.codeDelivery.destination ?? 'your email address'}. Enter it below.`,
      };
    case 'CONFIRM_SIGN_IN_WITH_SMS_CODE':
      return {
        title: 'Check your phone',
        intro: `We sent a 6-digit code by text message to ${step.codeDelivery.destination ?? 'your phone'}. Enter it below.`,
      };
    default:
      return {
        title: 'Enter your authenticator code',
        intro: `Open your authenticator app and enter the 6-digit code it shows for ${step.username}.`,
      };
  }
}

/** /sign-in/code: the TOTP, email or SMS code that completes the sign-in. */
export function CodeStep({ step }: { step: SignInStepAt<'code'> }) {
  const { title, intro } = describe(step);
  return (
    <StepCard title={title} intro={intro} redirectTo={step.redirectTo}>
      <CodeForm step={step} context="sign-in-code" submitLabel="Verify" />
    </StepCard>
  );
}
