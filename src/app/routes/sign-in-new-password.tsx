import { NewPasswordStep } from '../../features/auth/sign-in/new-password-step';
import { signInStepLoader, useSignInStep } from '../../features/auth/sign-in/step-loader';

export const clientLoader = signInStepLoader(['CONFIRM_SIGN_IN_WITH_NEW_PASSWORD_REQUIRED']);

export default function Route() {
  return <NewPasswordStep step={useSignInStep()} />;
}
