import { Alert } from '../../../components/ui';
import type { SignInReason } from '../../../config/paths';

const MESSAGES: Record<SignInReason, { text: string; variation: 'info' | 'success' | 'warning' }> =
  {
    'session-ended': { text: 'Your session ended, please sign in again.', variation: 'warning' },
    'signed-out': { text: 'You have signed out.', variation: 'info' },
    'step-expired': {
      text: 'That sign-in step expired. Please start again.',
      variation: 'warning',
    },
    'password-reset': {
      text: 'Password changed. Sign in with your new password.',
      variation: 'success',
    },
    confirmed: { text: 'Your account is confirmed. Sign in to continue.', variation: 'success' },
  };

const isReason = (value: string | null): value is SignInReason =>
  value !== null && Object.hasOwn(MESSAGES, value);

/** Why the user is on the sign-in page (from ?reason=), said politely above the form. */
export function SignInReasonMessage({ reason }: { reason: string | null }) {
  if (!isReason(reason)) return null;
  const { text, variation } = MESSAGES[reason];
  return (
    <Alert role="status" variation={variation}>
      {text}
    </Alert>
  );
}
