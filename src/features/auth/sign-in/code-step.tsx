import { useI18n } from '../../../lib/i18n/use-i18n';
import type { SignInStepAt } from '../flow/sign-in-step';
import { CodeForm } from './code-form';
import { type CodeStepMessageId, codeStepMessages } from './code-step-messages';
import { StepCard } from './step-card';

type Translate = (id: CodeStepMessageId, values?: Record<string, string>) => string;

/** Heading and sentence for each kind of code: where it went, in Cognito's masked form. */
function describe(step: SignInStepAt<'code'>, t: Translate): { title: string; intro: string } {
  switch (step.signInStep) {
    case 'CONFIRM_SIGN_IN_WITH_EMAIL_CODE': {
      const { destination } = step.codeDelivery;
      return {
        title: t('signInStep.code.emailTitle'),
        intro: destination
          ? t('signInStep.code.emailIntro', { destination })
          : t('signInStep.code.emailIntroUnknown'),
      };
    }
    case 'CONFIRM_SIGN_IN_WITH_SMS_CODE': {
      const { destination } = step.codeDelivery;
      return {
        title: t('signInStep.code.smsTitle'),
        intro: destination
          ? t('signInStep.code.smsIntro', { destination })
          : t('signInStep.code.smsIntroUnknown'),
      };
    }
    default:
      return {
        title: t('signInStep.code.totpTitle'),
        intro: t('signInStep.code.totpIntro', { username: step.username }),
      };
  }
}

/** /sign-in/code: the TOTP, email or SMS code that completes the sign-in. */
export function CodeStep({ step }: { step: SignInStepAt<'code'> }) {
  const { t } = useI18n(codeStepMessages);
  const { title, intro } = describe(step, t);
  return (
    <StepCard title={title} intro={intro} redirectTo={step.redirectTo}>
      <CodeForm step={step} context="sign-in-code" submitLabel={t('signInStep.code.verify')} />
    </StepCard>
  );
}
