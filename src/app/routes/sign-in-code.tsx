import { CodeStep } from '../../features/auth/sign-in/code-step';
import { signInStepLoader, useSignInStep } from '../../features/auth/sign-in/step-loader';

export const clientLoader = signInStepLoader('code');

export default function Route() {
  return <CodeStep step={useSignInStep('code')} />;
}
