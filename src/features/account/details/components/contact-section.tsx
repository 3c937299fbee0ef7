import { useId, useState } from 'react';
import { useFocusAfterRender } from '../../../../components/forms/form-error';
import { Button, Card, Flex, Heading, Text } from '../../../../components/ui';
import { type ContactChanged, useChangeContact } from '../../../../lib/auth/change-contact';
import type { ContactAttribute, UserAttributes } from '../../../../lib/auth/fetch-user-attributes';
import { useSendAttributeCode } from '../../../../lib/auth/send-attribute-code';
import { useI18n } from '../../../../lib/i18n/use-i18n';
import type { Announce } from '../../utils/announcer';
import { VerifyCodeForm } from '../../verification/components/verify-code-form';
import { CONTACT_WORDS, VERIFIED_NOW } from '../../verification/utils/contact-words';
import { verificationMessages } from '../../verification/verification-messages';
import { detailsMessages } from '../details-messages';
import { type CodeSent, clearCodeSent, readCodeSent, saveCodeSent } from '../utils/code-sent-store';
import { CONTACT_TEXT } from '../utils/contact-text';
import { ChangeContactForm } from './change-contact-form';
import { ContactStatus, PendingValue } from './contact-status';
import { SendCodeButton } from './send-code-button';

interface ContactSectionProps {
  readonly attribute: ContactAttribute;
  readonly attributes: UserAttributes;
  readonly userId: string;
  readonly announce: Announce;
}

type Step = { readonly kind: 'view' | 'edit' } | { readonly kind: 'code'; readonly sent: CodeSent };

/**
 * Where this tab left a code it sent, if that code still means something: a pending value
 * not yet in use, or the value in use and still unverified. Anything else is over.
 */
function initialStep(
  attribute: ContactAttribute,
  attributes: UserAttributes,
  userId: string,
): Step {
  const sent = readCodeSent(attribute, userId);
  if (!sent) return { kind: 'view' };
  const current = attributes[attribute];
  const verified = attributes[CONTACT_WORDS[attribute].verified] === 'true';
  const stillWaiting = sent.pending ? current !== sent.value : current === sent.value && !verified;
  if (stillWaiting) return { kind: 'code', sent };
  clearCodeSent(attribute);
  return { kind: 'view' };
}

// The mutation's state shows the error; the rejected promise needs no more handling.
const ignore = () => undefined;

/**
 * An email address or phone number: the one in use and whether it is verified, changing it,
 * and the code that verifies it. With the pool's AttributesRequireVerificationBeforeUpdate,
 * the new value waits (pending) while the old one stays in use.
 */
export function ContactSection({ attribute, attributes, userId, announce }: ContactSectionProps) {
  const headingId = useId();
  const focus = useFocusAfterRender();
  const words = CONTACT_WORDS[attribute];
  const text = CONTACT_TEXT[attribute];
  const { t } = useI18n(detailsMessages);
  const { t: tv } = useI18n(verificationMessages);
  const [step, setStep] = useState<Step>(() => initialStep(attribute, attributes, userId));
  const resendPending = useChangeContact();
  const sendCode = useSendAttributeCode();
  const current = attributes[attribute];
  const verified = attributes[words.verified] === 'true';

  const done = (message: string, next: Step = { kind: 'view' }) => {
    setStep(next);
    focus(headingId);
    announce(message);
  };

  const codeSent = (sent: CodeSent) => {
    saveCodeSent(attribute, sent);
    setStep({ kind: 'code', sent });
  };

  const changed = (result: ContactChanged) => {
    if (!result.delivery) {
      // The pool does not verify this attribute by itself: the new value is in use, unverified.
      return done(t(text.nowUnverified, { value: result.value }));
    }
    codeSent({
      userId,
      value: result.value,
      pending: result.pending,
      sentAt: Date.now(),
      delivery: result.delivery,
    });
  };

  const sendForCurrent = () => {
    if (!current) return;
    sendCode.reset();
    sendCode
      .mutateAsync(attribute)
      .then(
        (delivery) =>
          codeSent({ userId, value: current, pending: false, sentAt: Date.now(), delivery }),
        ignore,
      );
  };

  const resend = (sent: CodeSent) => {
    // A pending value gets its code from the update itself: GetUserAttributeVerificationCode
    // would send one to the value still in use.
    if (!sent.pending) return sendForCurrent();
    resendPending.reset();
    resendPending.mutateAsync({ attribute, value: sent.value }).then((result) => {
      if (result.delivery) codeSent({ ...sent, sentAt: Date.now(), delivery: result.delivery });
    }, ignore);
  };

  const verifiedNow = (sent: CodeSent) => {
    clearCodeSent(attribute);
    done(
      sent.pending || sent.value !== current
        ? t(text.nowVerified, { value: sent.value })
        : tv(VERIFIED_NOW[attribute]),
    );
  };

  const stopWaiting = (sent: CodeSent) => {
    clearCodeSent(attribute);
    sendCode.reset();
    resendPending.reset();
    setStep({ kind: 'view' });
    focus(headingId);
    if (sent.pending) {
      announce(
        current
          ? t('details.changeCancelled', { value: current })
          : t('details.changeCancelledNoValue'),
      );
    }
  };

  return (
    <Card as="section" variation="outlined" aria-labelledby={headingId} className="details-section">
      <Heading level={2} id={headingId} tabIndex={-1}>
        {tv(words.title)}
      </Heading>
      <Flex direction="column" gap="small">
        {current ? (
          <ContactStatus value={current} verified={verified} />
        ) : (
          <Text className="details-muted">{t(text.none)}</Text>
        )}
        {step.kind === 'code' && step.sent.pending && (
          <PendingValue value={step.sent.value} current={current} />
        )}
        {step.kind === 'code' && (
          <VerifyCodeForm
            attribute={attribute}
            value={step.sent.value}
            delivery={step.sent.delivery}
            sentAt={step.sent.sentAt}
            autoFocus
            resend={{
              send: () => resend(step.sent),
              isPending: step.sent.pending ? resendPending.isPending : sendCode.isPending,
              error: step.sent.pending ? resendPending.error : sendCode.error,
            }}
            onVerified={() => verifiedNow(step.sent)}
            onCancel={() => stopWaiting(step.sent)}
            cancelLabel={step.sent.pending ? t(text.keepCurrent) : tv('verification.notNow')}
          />
        )}
        {step.kind === 'edit' && (
          <ChangeContactForm
            attribute={attribute}
            current={current}
            onChanged={changed}
            onCancel={() => {
              setStep({ kind: 'view' });
              focus(headingId);
            }}
          />
        )}
        {step.kind === 'view' && (
          <Flex gap="small" wrap="wrap">
            <Button onClick={() => setStep({ kind: 'edit' })}>
              {current ? t(text.change) : t(text.add)}
            </Button>
            {current && !verified && (
              <SendCodeButton label={t(text.verify)} action={sendCode} onClick={sendForCurrent} />
            )}
          </Flex>
        )}
      </Flex>
    </Card>
  );
}
