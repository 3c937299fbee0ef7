import { SelectMfaSetupStep } from '../../features/auth/sign-in/mfa-steps';
import { signInStepLoader, useSignInStep } from '../../features/auth/sign-in/step-loader';

export const clientLoader = signInStepLoader(['CONTINUE_SIGN_IN_WITH_MFA_SETUP_SELECTION']);

export default function Route() {
  return <SelectMfaSetupStep step={useSignInStep()} />;
}
