import { TotpSetupSteps } from '../../../components/totp-setup-steps';
import { Alert } from '../../../components/ui';
import type { SignInStep, SignInStepAt, TotpSetup } from '../flow/sign-in-step';
import { CodeForm } from './code-form';
import { StepCard } from './step-card';

function SetupSteps({ setup, step }: { setup: TotpSetup; step: SignInStep }) {
  return (
    <TotpSetupSteps setupUri={setup.setupUri} secret={setup.sharedSecret}>
      Enter the 6-digit code the app shows.
      <CodeForm step={step} context="mfa-setup" submitLabel="Verify and finish" />
    </TotpSetupSteps>
  );
}

/** /sign-in/setup-totp: QR code and copyable key for an authenticator app, then its first code. */
export function TotpSetupStep({ step }: { step: SignInStepAt<'setupTotp'> }) {
  const setup = step.totpSetup;
  return (
    <StepCard
      title="Set up your authenticator app"
      intro="Your account needs a second step at sign-in. Link an authenticator app to it."
      redirectTo={step.redirectTo}
    >
      {setup ? (
        <SetupSteps setup={setup} step={step} />
      ) : (
        <Alert variation="error" role="alert">
          The setup details for your authenticator app are missing. Start over to get new ones.
        </Alert>
      )}
    </StepCard>
  );
}
