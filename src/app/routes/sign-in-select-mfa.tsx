import { SelectMfaStep } from '../../features/auth/sign-in/mfa-steps';
import { signInStepLoader, useSignInStep } from '../../features/auth/sign-in/step-loader';

export const clientLoader = signInStepLoader('selectMfa');

export default function Route() {
  return <SelectMfaStep step={useSignInStep('selectMfa')} />;
}
