import { ChooseFactorStep } from '../../features/auth/sign-in/choose-factor-step';
import { signInStepLoader, useSignInStep } from '../../features/auth/sign-in/step-loader';

export const clientLoader = signInStepLoader('chooseFactor');

export default function Route() {
  return <ChooseFactorStep step={useSignInStep('chooseFactor')} />;
}
