import { SelectMfaSetupStep } from '../../features/auth/sign-in/mfa-steps';
import { signInStepLoader, useSignInStep } from '../../features/auth/sign-in/step-loader';

export const clientLoader = signInStepLoader('selectMfaSetup');

export default function Route() {
  return <SelectMfaSetupStep step={useSignInStep('selectMfaSetup')} />;
}
