import { useId, useState } from 'react';
import { Button, Flex, Text } from '../../../../components/ui';
import type { CodeDelivery } from '../../../../lib/auth/code-delivery';
import { useSendAttributeCode } from '../../../../lib/auth/send-attribute-code';
import { CONTACT_WORDS } from '../utils/contact-words';
import type { UnverifiedContact } from '../utils/unverified-contacts';
import { SendCodeError } from './send-code-error';
import { VerifyCodeForm } from './verify-code-form';
import './verification.css';

interface VerifyBannerProps {
  readonly contact: UnverifiedContact;
  readonly onDismiss: () => void;
  readonly onVerified: () => void;
}

const WHY = {
  email: 'Verify it so you can reset your password and get codes by email.',
  phone_number: 'Verify it so we can send you codes by text message.',
} as const;

/** "Your email address … is not verified": send a code, then enter it here, on any page. */
export function VerifyBanner({ contact, onDismiss, onVerified }: VerifyBannerProps) {
  const titleId = useId();
  const send = useSendAttributeCode();
  const [sent, setSent] = useState<{ delivery: CodeDelivery; sentAt: number }>();
  const words = CONTACT_WORDS[contact.attribute];

  const sendCode = () => {
    send.reset();
    send.mutate(contact.attribute, {
      onSuccess: (delivery) => setSent({ delivery, sentAt: Date.now() }),
    });
  };

  return (
    <section aria-labelledby={titleId} className="verify-banner">
      <Flex direction="column" gap="small">
        <Text id={titleId} fontWeight="bold">
          Verify your {words.noun}
        </Text>
        <Text>
          {contact.value} is not verified. {WHY[contact.attribute]}
        </Text>
        {sent ? (
          <VerifyCodeForm
            attribute={contact.attribute}
            value={contact.value}
            delivery={sent.delivery}
            sentAt={sent.sentAt}
            autoFocus
            resend={{ send: sendCode, isPending: send.isPending, error: send.error }}
            onVerified={onVerified}
            onCancel={onDismiss}
            cancelLabel="Not now"
          />
        ) : (
          <>
            <SendCodeError error={send.error} />
            <Flex gap="small" wrap="wrap">
              <Button
                variation="primary"
                size="small"
                onClick={sendCode}
                isLoading={send.isPending}
                loadingText="Sending a code…"
              >
                Send code
              </Button>
              <Button size="small" onClick={onDismiss} isDisabled={send.isPending}>
                Not now
              </Button>
            </Flex>
          </>
        )}
      </Flex>
    </section>
  );
}
