import { TotpSetupSteps } from '../../../components/totp-setup-steps';
import { Alert } from '../../../components/ui';
import { useI18n } from '../../../lib/i18n/use-i18n';
import type { SignInStep, SignInStepAt, TotpSetup } from '../flow/sign-in-step';
import { CodeForm } from './code-form';
import { StepCard } from './step-card';
import { totpSetupMessages } from './totp-setup-messages';

function SetupSteps({ setup, step }: { setup: TotpSetup; step: SignInStep }) {
  const { t } = useI18n(totpSetupMessages);
  return (
    <TotpSetupSteps setupUri={setup.setupUri} secret={setup.sharedSecret}>
      {t('signInStep.totp.enterCode')}
      <CodeForm step={step} context="mfa-setup" submitLabel={t('signInStep.totp.submit')} />
    </TotpSetupSteps>
  );
}

/** /sign-in/setup-totp: QR code and copyable key for an authenticator app, then its first code. */
export function TotpSetupStep({ step }: { step: SignInStepAt<'setupTotp'> }) {
  const { t } = useI18n(totpSetupMessages);
  const setup = step.totpSetup;
  return (
    <StepCard
      title={t('signInStep.totp.title')}
      intro={t('signInStep.totp.intro')}
      redirectTo={step.redirectTo}
    >
      {setup ? (
        <SetupSteps setup={setup} step={step} />
      ) : (
        <Alert variation="error" role="alert">
          {t('signInStep.totp.missing')}
        </Alert>
      )}
    </StepCard>
  );
}
