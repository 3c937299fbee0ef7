import { useMutation } from '@tanstack/react-query';
import { sendUserAttributeVerificationCode } from 'aws-amplify/auth';
import { type CodeDelivery, toCodeDelivery } from './code-delivery';
import { type ContactAttribute, userAttributesQueryKey } from './fetch-user-attributes';

/**
 * GetUserAttributeVerificationCode: a new code for the attribute's current value (the earlier
 * code stops working). Not for a pending value: see changeContact.
 */
export async function sendAttributeCode(attribute: ContactAttribute): Promise<CodeDelivery> {
  const { destination, deliveryMedium } = await sendUserAttributeVerificationCode({
    userAttributeKey: attribute,
  });
  return toCodeDelivery({ destination, deliveryMedium });
}

export function useSendAttributeCode() {
  return useMutation({
    mutationKey: [...userAttributesQueryKey, 'send-attribute-code'],
    mutationFn: sendAttributeCode,
  });
}
