import { CodeStep } from '../../features/auth/sign-in/code-step';
import { signInStepLoader, useSignInStep } from '../../features/auth/sign-in/step-loader';

export const clientLoader = signInStepLoader([
  'CONFIRM_SIGN_IN_WITH_TOTP_CODE',
  'CONFIRM_SIGN_IN_WITH_EMAIL_CODE',
  'CONFIRM_SIGN_IN_WITH_SMS_CODE',
]);

export default function Route() {
  return <CodeStep step={useSignInStep()} />;
}
