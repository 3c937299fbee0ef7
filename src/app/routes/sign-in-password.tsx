import { PasswordStep } from '../../features/auth/sign-in/password-step';
import { signInStepLoader, useSignInStep } from '../../features/auth/sign-in/step-loader';

export const clientLoader = signInStepLoader('password');

export default function Route() {
  return <PasswordStep step={useSignInStep('password')} />;
}
