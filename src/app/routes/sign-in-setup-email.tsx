import { EmailSetupStep } from '../../features/auth/sign-in/email-setup-step';
import { signInStepLoader, useSignInStep } from '../../features/auth/sign-in/step-loader';

export const clientLoader = signInStepLoader('setupEmail');

export default function Route() {
  return <EmailSetupStep step={useSignInStep('setupEmail')} />;
}
