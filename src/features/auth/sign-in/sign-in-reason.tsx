import { Alert } from '../../../components/ui';
import type { SignInReason } from '../../../config/paths';
import type { MessageId } from '../../../lib/i18n/i18n';
import { useI18n } from '../../../lib/i18n/use-i18n';

const MESSAGES: Record<
  SignInReason,
  { text: MessageId; variation: 'info' | 'success' | 'warning' }
> = {
  'session-ended': { text: 'signIn.reason.sessionEnded', variation: 'warning' },
  'signed-out': { text: 'signIn.reason.signedOut', variation: 'info' },
  'step-expired': { text: 'signIn.reason.stepExpired', variation: 'warning' },
  'password-reset': { text: 'signIn.reason.passwordReset', variation: 'success' },
  confirmed: { text: 'signIn.reason.confirmed', variation: 'success' },
};

const isReason = (value: string | null): value is SignInReason =>
  value !== null && Object.hasOwn(MESSAGES, value);

/** Why the user is on the sign-in page (from ?reason=), said politely above the form. */
export function SignInReasonMessage({ reason }: { reason: string | null }) {
  const { t } = useI18n();
  if (!isReason(reason)) return null;
  const { text, variation } = MESSAGES[reason];
  return (
    <Alert role="status" variation={variation}>
      {t(text)}
    </Alert>
  );
}
