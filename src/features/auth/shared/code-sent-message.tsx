import { Text } from '../../../components/ui';
import type { CodeSent } from '../flow/code-sent-store';

const MEDIUM = { EMAIL: 'email', SMS: 'text message' } as const;

/** "We sent a code by email to a***@e***." — a status, so a resend is announced too. */
export function CodeSentMessage({
  sent,
  fallback,
}: {
  sent: CodeSent | undefined;
  fallback: string;
}) {
  let text = fallback;
  if (sent?.destination) {
    const by = sent.medium ? ` by ${MEDIUM[sent.medium]}` : '';
    text = `We sent a code${by} to ${sent.destination}. It can take a minute to arrive.`;
  }
  return <Text role="status">{text}</Text>;
}
