import { Alert } from '../../../components/ui';
import type { SignInReason } from '../../../config/paths';
import { useI18n } from '../../../lib/i18n/use-i18n';
import { type ReasonMessageId, reasonMessages } from './reason-messages';

const MESSAGES: Record<
  SignInReason,
  { text: ReasonMessageId; variation: 'info' | 'success' | 'warning' }
> = {
  'session-ended': { text: 'signIn.reason.sessionEnded', variation: 'warning' },
  'signed-out': { text: 'signIn.reason.signedOut', variation: 'info' },
  'step-expired': { text: 'signIn.reason.stepExpired', variation: 'warning' },
  'password-reset': { text: 'signIn.reason.passwordReset', variation: 'success' },
  confirmed: { text: 'signIn.reason.confirmed', variation: 'success' },
};

export const isReason = (value: string | null): value is SignInReason =>
  value !== null && Object.hasOwn(MESSAGES, value);

/**
 * Why the user is on the sign-in page (from ?reason=), said politely above the form. Most
 * visits have no reason, so the sign-in route loads this module only when there is one.
 */
export function SignInReasonMessage({ reason }: { reason: SignInReason }) {
  const { t } = useI18n(reasonMessages);
  const { text, variation } = MESSAGES[reason];
  return (
    <Alert role="status" variation={variation}>
      {t(text)}
    </Alert>
  );
}
