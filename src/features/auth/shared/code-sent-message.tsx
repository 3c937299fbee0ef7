import { Text } from '../../../components/ui';
import { useI18n } from '../../../lib/i18n/use-i18n';
import type { CodeSent } from '../flow/code-sent-store';
import { type SentCodeMessageId, sentCodeMessages } from './sent-code-messages';

// A whole sentence per medium: "by email" and "by text message" inflect differently elsewhere.
const SENT_BY: Record<NonNullable<CodeSent['medium']>, SentCodeMessageId> = {
  EMAIL: 'sentCode.sentByEmail',
  SMS: 'sentCode.sentBySms',
};

/** "We sent a code by email to a***@e***." — a status, so a resend is announced too. */
export function CodeSentMessage({
  sent,
  fallback,
}: {
  sent: CodeSent | undefined;
  fallback: string;
}) {
  const { t } = useI18n(sentCodeMessages);
  const text = sent?.destination
    ? t(sent.medium ? SENT_BY[sent.medium] : 'sentCode.sent', { destination: sent.destination })
    : fallback;
  return <Text role="status">{text}</Text>;
}
