import { useMutation, useQueryClient } from '@tanstack/react-query';
import {
  updateUserAttributes as amplifyUpdateUserAttributes,
  deleteUserAttributes,
} from 'aws-amplify/auth';
import { catchUpWithAttributes } from './catch-up-with-attributes';
import { type CodeDelivery, toCodeDelivery } from './code-delivery';
import { type ContactAttribute, userAttributesQueryKey } from './fetch-user-attributes';

/** What to change: new values to set, and attributes to remove (a field left empty). */
export interface AttributeChange {
  readonly set: Readonly<Record<string, string>>;
  readonly remove: readonly string[];
}

/** Where Cognito sent a code for each email or phone number it wants verified. */
export type CodesSent = Partial<Record<ContactAttribute, CodeDelivery>>;

/**
 * UpdateUserAttributes for the new values, then DeleteUserAttributes for the emptied ones
 * (Cognito refuses to remove one the pool requires: InvalidParameterException).
 */
export async function updateUserAttributes(change: AttributeChange): Promise<CodesSent> {
  const codes: CodesSent = {};
  if (Object.keys(change.set).length > 0) {
    const result = await amplifyUpdateUserAttributes({ userAttributes: { ...change.set } });
    for (const [name, outcome] of Object.entries(result)) {
      if (name !== 'email' && name !== 'phone_number') continue;
      const { updateAttributeStep, codeDeliveryDetails } = outcome.nextStep;
      if (updateAttributeStep === 'CONFIRM_ATTRIBUTE_WITH_CODE') {
        codes[name] = toCodeDelivery(codeDeliveryDetails);
      }
    }
  }
  if (change.remove.length > 0) {
    await deleteUserAttributes({ userAttributeKeys: [...change.remove] as [string, ...string[]] });
  }
  return codes;
}

/** Saves attribute changes; stays pending until the tokens and the page show them. */
export function useUpdateUserAttributes() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationKey: [...userAttributesQueryKey, 'update-user-attributes'],
    mutationFn: updateUserAttributes,
    onSuccess: () => catchUpWithAttributes(queryClient),
  });
}
