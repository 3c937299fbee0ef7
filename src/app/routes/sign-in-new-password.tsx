import { NewPasswordStep } from '../../features/auth/sign-in/new-password-step';
import { signInStepLoader, useSignInStep } from '../../features/auth/sign-in/step-loader';

export const clientLoader = signInStepLoader('newPassword');

export default function Route() {
  return <NewPasswordStep step={useSignInStep('newPassword')} />;
}
