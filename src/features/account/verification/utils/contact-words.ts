import type { CodeDelivery } from '../../../../lib/auth/code-delivery';
import type { ContactAttribute } from '../../../../lib/auth/fetch-user-attributes';

/** How the pages name each verifiable attribute. */
export const CONTACT_WORDS: Record<
  ContactAttribute,
  { readonly noun: string; readonly title: string; readonly verified: string }
> = {
  email: { noun: 'email address', title: 'Email address', verified: 'email_verified' },
  phone_number: {
    noun: 'phone number',
    title: 'Phone number',
    verified: 'phone_number_verified',
  },
};

const MEDIUM = { EMAIL: 'by email', SMS: 'by text message' } as const;

/** "We sent a code by email to d***@e***. It can take a minute to arrive." */
export function codeSentText(delivery: CodeDelivery, fallbackTo: string): string {
  const by = delivery.medium ? ` ${MEDIUM[delivery.medium]}` : '';
  return `We sent a code${by} to ${delivery.destination ?? fallbackTo}. It can take a minute to arrive.`;
}
