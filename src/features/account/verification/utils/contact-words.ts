import type { CodeDelivery } from '../../../../lib/auth/code-delivery';
import type { ContactAttribute } from '../../../../lib/auth/fetch-user-attributes';
import { type VerificationMessageId, verificationMessages } from '../verification-messages';

type Words = 'title' | 'verifyYour' | 'notVerified' | 'banner';

/**
 * How the pages name each verifiable attribute: message ids, whole sentences per attribute
 * (languages inflect "email address" and "phone number" differently), and the claim that says
 * whether it is verified.
 */
export const CONTACT_WORDS: Record<
  ContactAttribute,
  Readonly<Record<Words, VerificationMessageId>> & { readonly verified: string }
> = {
  email: {
    title: 'verification.email.title',
    verifyYour: 'verification.email.verifyYour',
    notVerified: 'verification.email.notVerified',
    verified: 'email_verified',
    banner: 'verification.email.banner',
  },
  phone_number: {
    title: 'verification.phone.title',
    verifyYour: 'verification.phone.verifyYour',
    notVerified: 'verification.phone.notVerified',
    verified: 'phone_number_verified',
    banner: 'verification.phone.banner',
  },
};

/** "Your email address is verified." */
export const VERIFIED_NOW: Record<ContactAttribute, VerificationMessageId> = {
  email: 'verification.email.verified',
  phone_number: 'verification.phone.verified',
};

const SENT: Record<NonNullable<CodeDelivery['medium']> | 'unknown', VerificationMessageId> = {
  EMAIL: 'verification.sentByEmail',
  SMS: 'verification.sentBySms',
  unknown: 'verification.sent',
};

/** "We sent a code by email to d***@e***. It can take a minute to arrive." */
export function codeSentText(delivery: CodeDelivery, fallbackTo: string): string {
  return verificationMessages.t(SENT[delivery.medium ?? 'unknown'], {
    destination: delivery.destination ?? fallbackTo,
  });
}
