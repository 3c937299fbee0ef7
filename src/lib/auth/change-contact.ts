import { useMutation, useQueryClient } from '@tanstack/react-query';
import { updateUserAttributes } from 'aws-amplify/auth';
import { catchUpWithAttributes } from './catch-up-with-attributes';
import { type CodeDelivery, toCodeDelivery } from './code-delivery';
import {
  type ContactAttribute,
  fetchUserAttributes,
  userAttributesQueryKey,
} from './fetch-user-attributes';

export interface ContactChange {
  readonly attribute: ContactAttribute;
  readonly value: string;
}

/** How Cognito took a new email or phone number. */
export interface ContactChanged {
  readonly attribute: ContactAttribute;
  readonly value: string;
  /** Where the code went; absent when the pool sends none (it does not verify this attribute). */
  readonly delivery?: CodeDelivery;
  /**
   * True when the old value stays in use until the new one is verified (the pool's
   * AttributesRequireVerificationBeforeUpdate): Cognito does not return the pending value,
   * so the caller keeps it.
   */
  readonly pending: boolean;
}

/**
 * UpdateUserAttributes for one email or phone number, then GetUser to learn which way the
 * pool took it: Cognito's answer is the same either way. Sending the same value again is
 * also how a new code for a pending value is asked for (GetUserAttributeVerificationCode
 * would send it to the old one).
 */
export async function changeContact({ attribute, value }: ContactChange): Promise<ContactChanged> {
  const result = await updateUserAttributes({ userAttributes: { [attribute]: value } });
  const details = result[attribute]?.nextStep.codeDeliveryDetails;
  const now = await fetchUserAttributes();
  return {
    attribute,
    value,
    ...(details && { delivery: toCodeDelivery(details) }),
    pending: now[attribute] !== value,
  };
}

/** Changes an email or phone number, then refreshes the tokens that carry it. */
export function useChangeContact() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationKey: [...userAttributesQueryKey, 'change-contact'],
    mutationFn: changeContact,
    onSuccess: () => catchUpWithAttributes(queryClient),
  });
}
