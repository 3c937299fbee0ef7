import { ChooseFactorStep } from '../../features/auth/sign-in/choose-factor-step';
import { signInStepLoader, useSignInStep } from '../../features/auth/sign-in/step-loader';

export const clientLoader = signInStepLoader(['CONTINUE_SIGN_IN_WITH_FIRST_FACTOR_SELECTION']);

export default function Route() {
  return <ChooseFactorStep step={useSignInStep()} />;
}
