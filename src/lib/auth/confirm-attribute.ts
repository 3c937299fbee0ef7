import { useMutation, useQueryClient } from '@tanstack/react-query';
import { confirmUserAttribute } from 'aws-amplify/auth';
import { catchUpWithAttributes } from './catch-up-with-attributes';
import { type ContactAttribute, userAttributesQueryKey } from './fetch-user-attributes';

export interface AttributeCode {
  readonly attribute: ContactAttribute;
  readonly code: string;
}

/**
 * VerifyUserAttribute: marks the email or phone number verified, or, with a pending change,
 * makes the new value the one in use. A wrong code is CodeMismatchException, an old one
 * ExpiredCodeException.
 */
export async function confirmAttribute({ attribute, code }: AttributeCode): Promise<void> {
  await confirmUserAttribute({ userAttributeKey: attribute, confirmationCode: code });
}

/** Confirms a code; stays pending until the new tokens say the attribute is verified. */
export function useConfirmAttribute() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationKey: [...userAttributesQueryKey, 'confirm-attribute'],
    mutationFn: confirmAttribute,
    onSuccess: () => catchUpWithAttributes(queryClient),
  });
}
