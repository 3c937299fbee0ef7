import { useId, useState } from 'react';
import { Button, Flex, Text } from '../../../../components/ui';
import type { CodeDelivery } from '../../../../lib/auth/code-delivery';
import { useSendAttributeCode } from '../../../../lib/auth/send-attribute-code';
import { useI18n } from '../../../../lib/i18n/use-i18n';
import { CONTACT_WORDS } from '../utils/contact-words';
import type { UnverifiedContact } from '../utils/unverified-contacts';
import { verificationMessages } from '../verification-messages';
import { SendCodeError } from './send-code-error';
import { VerifyCodeForm } from './verify-code-form';
import './verification.css';

interface VerifyBannerProps {
  readonly contact: UnverifiedContact;
  readonly onDismiss: () => void;
  readonly onVerified: () => void;
}

/** "Your email address … is not verified": send a code, then enter it here, on any page. */
export function VerifyBanner({ contact, onDismiss, onVerified }: VerifyBannerProps) {
  const titleId = useId();
  const send = useSendAttributeCode();
  const [sent, setSent] = useState<{ delivery: CodeDelivery; sentAt: number }>();
  const words = CONTACT_WORDS[contact.attribute];
  const { t } = useI18n(verificationMessages);

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
          {t(words.verifyYour)}
        </Text>
        <Text>{t(words.banner, { value: contact.value })}</Text>
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
            cancelLabel={t('verification.notNow')}
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
                loadingText={t('verification.sendingCode')}
              >
                {t('verification.sendCode')}
              </Button>
              <Button size="small" onClick={onDismiss} isDisabled={send.isPending}>
                {t('verification.notNow')}
              </Button>
            </Flex>
          </>
        )}
      </Flex>
    </section>
  );
}
