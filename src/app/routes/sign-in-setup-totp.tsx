import { signInStepLoader, useSignInStep } from '../../features/auth/sign-in/step-loader';
import { TotpSetupStep } from '../../features/auth/sign-in/totp-setup';

export const clientLoader = signInStepLoader('setupTotp');

export default function Route() {
  return <TotpSetupStep step={useSignInStep('setupTotp')} />;
}
