import { EmailSetupStep } from '../../features/auth/sign-in/email-setup-step';
import { signInStepLoader, useSignInStep } from '../../features/auth/sign-in/step-loader';

export const clientLoader = signInStepLoader(['CONTINUE_SIGN_IN_WITH_EMAIL_SETUP']);

export default function Route() {
  return <EmailSetupStep step={useSignInStep()} />;
}
